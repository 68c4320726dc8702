"""The three-way merge, rule by rule (see `journeymap.model.merge`)."""

from __future__ import annotations

import itertools

import pytest

from journeymap.model import Kpi, Link, Opportunity, Persona, Phase, PhaseModel, Project, ProjectData, Touchpoint
from journeymap.model.lineage import MAX_ANCESTORS, Lineage
from journeymap.model.merge import MergeError, merge_journeys
from journeymap.model.merge_lists import merge_ids, merge_mapping, merge_sequence
from journeymap.model.values import LocalText
from tests.conftest import make_sample


def sides(base: ProjectData | None = None) -> tuple[ProjectData, Project, Project]:
    base = base or make_sample()
    return base, Project(base), Project(base)


def merged(base: ProjectData, ours: Project, theirs: Project):
    return merge_journeys(base, ours.to_data(), theirs.to_data())


def by_id(items) -> dict:
    return {item.id: item for item in items}


def conflicts(result) -> set[tuple[str, str, str, str]]:
    return {(c.entity, c.id, c.field, c.kind) for c in result.conflicts}


# ---------------------------------------------------------------- lists
def test_lists_merge_element_by_element():
    assert merge_sequence(["a", "b", "c"], ["a", "B", "c"], ["a", "b"]) == (["a", "B"], False)  # edit next to removal
    assert merge_sequence(["a"], ["a", "x"], ["a", "y"]) == (["a", "x", "y"], False)  # both appended
    assert merge_sequence(["a", "b"], ["a", "x"], ["a", "y"]) == (["a", "x"], True)  # b reworded twice: ours
    assert merge_sequence(["a", "b"], ["a", "x"], ["a"]) == (["a", "x"], True)  # reworded against removed
    assert merge_sequence(["a", "b"], ["a"], ["a"]) == (["a"], False)
    assert merge_ids(["t1"], ["t1", "t2"], ["t1", "t2"]) == (["t1", "t2"], False)
    assert merge_mapping({"a": 1, "b": 2}, {"a": 1, "b": 3}, {"b": 2, "c": 1}) == ({"b": 3, "c": 1}, [])
    assert merge_mapping({"a": 1}, {"a": 2}, {"a": -1}) == ({"a": 2}, ["a"])


# ---------------------------------------------------------------- touchpoints
def test_different_fields_of_one_touchpoint_merge_cleanly():
    base, ours, theirs = sides()
    ours.update_touchpoint("web", label="Website neu", pain_points=("langsam",))
    theirs.update_touchpoint("web", emotion=-2, pain_points=("kein Preis",), kpis=(Kpi(name="Absprung"),))
    result = merged(base, ours, theirs)
    web = by_id(result.data.touchpoints)["web"]
    assert result.clean
    assert (web.label, web.emotion, web.pain_points, [k.name for k in web.kpis]) == (
        "Website neu", -2, ("langsam", "kein Preis"), ["Absprung"])


def test_the_same_field_changed_twice_is_a_conflict_and_ours_is_kept():
    base, ours, theirs = sides()
    ours.update_touchpoint("web", label="Ours")
    theirs.update_touchpoint("web", label="Theirs", description="theirs too")
    result = merged(base, ours, theirs)
    web = by_id(result.data.touchpoints)["web"]
    assert conflicts(result) == {("touchpoint", "web", "label", "both_changed")}
    assert (web.label, web.description) == ("Ours", "theirs too")


def test_kpis_merge_by_name_and_field():
    base, ours, theirs = sides()
    kpi = by_id(base.touchpoints)["shop"].kpis[0]
    ours.update_touchpoint("shop", kpis=(kpi.model_copy(update={"actual": 2.9}),))
    theirs.update_touchpoint("shop", kpis=(kpi.model_copy(update={"target": 4.0}), Kpi(name="Warenkorb")))
    result = merged(base, ours, theirs)
    assert result.clean
    kpis = by_id(result.data.touchpoints)["shop"].kpis
    assert [(k.name, k.target, k.actual) for k in kpis] == [("Konversionsrate", 4.0, 2.9), ("Warenkorb", None, None)]
    ours.update_touchpoint("shop", kpis=(kpi.model_copy(update={"target": 5.0}),))
    result = merged(base, ours, theirs)
    assert [(c.field, c.item) for c in result.conflicts] == [("kpis.target", "Konversionsrate")]
    assert by_id(result.data.touchpoints)["shop"].kpis[0].target == 5.0


def test_an_edited_touchpoint_that_theirs_removed_stays_with_its_links_and_paths():
    base, ours, theirs = sides()
    ours.update_touchpoint("web", label="Website 2.0")
    theirs.remove_touchpoints(["web"])
    result = merged(base, ours, theirs)
    assert conflicts(result) == {("touchpoint", "web", "label", "changed_removed")}
    data = result.data
    assert "web" in by_id(data.touchpoints)
    assert {"fair-web", "web-call"} <= set(by_id(data.links))
    persona = data.personas[0]
    assert persona.touchpoint_ids == ("fair", "web") and persona.link_ids == ("fair-web",)
    assert persona.emotions == {"web": -1}


def test_a_removed_touchpoint_that_theirs_edited_stays_removed():
    base, ours, theirs = sides()
    ours.remove_touchpoints(["web"])
    theirs.update_touchpoint("web", emotion=2)
    theirs.update_link("fair-web", label="QR-Code")
    result = merged(base, ours, theirs)
    assert conflicts(result) == {("touchpoint", "web", "emotion", "removed_changed"),
                                 ("link", "fair-web", "label", "removed_changed")}
    assert "web" not in by_id(result.data.touchpoints)
    assert not {"fair-web", "web-call"} & set(by_id(result.data.links))


def test_a_new_link_to_a_removed_touchpoint_is_a_conflict_and_never_dangles():
    base, ours, theirs = sides()
    ours.remove_touchpoints(["call"])
    theirs.add_link(Link(id="ln-new", source="fair", target="call"))
    theirs.update_persona("p1", touchpoint_ids=("fair", "web", "call"))
    result = merged(base, ours, theirs)
    assert conflicts(result) == {("touchpoint", "call", "links", "removed_changed"),
                                 ("touchpoint", "call", "personas", "removed_changed")}
    assert "ln-new" not in by_id(result.data.links)
    assert result.data.personas[0].touchpoint_ids == ("fair", "web")
    swapped = merge_journeys(base, theirs.to_data(), ours.to_data())  # now ours made the link: it stays
    assert "call" in by_id(swapped.data.touchpoints) and "ln-new" in by_id(swapped.data.links)


def test_two_links_in_one_direction_become_one():
    base, ours, theirs = sides()
    ours.add_link(Link(id="ln-b", source="fair", target="shop", label="Gutschein"))
    theirs.add_link(Link(id="ln-a", source="fair", target="shop", label="Flyer"))
    theirs.update_persona("p1", link_ids=("fair-web", "ln-a"))
    result = merged(base, ours, theirs)
    links = [link for link in result.data.links if (link.source, link.target) == ("fair", "shop")]
    assert [(link.id, link.label) for link in links] == [("ln-a", "Gutschein")]  # smaller id, ours' label
    assert conflicts(result) == {("link", "ln-a", "label", "both_added")}
    assert result.data.personas[0].link_ids == ("fair-web", "ln-a")


def test_touchpoints_added_on_both_sides_all_arrive_in_separate_slots():
    base, ours, theirs = sides()
    free = ours.next_free_position("interest")
    ours.add_touchpoint(Touchpoint(id="tp-o", label="Chat", phase="interest", position=free))
    theirs.add_touchpoint(Touchpoint(id="tp-t", label="Forum", phase="interest", position=free))
    theirs.add_touchpoint(Touchpoint(id="tp-t2", label="Blog", phase="interest", position=free + 1))
    result = merged(base, ours, theirs)
    assert result.clean
    lane = sorted((tp.position, tp.id) for tp in result.data.touchpoints if tp.phase == "interest")
    positions = [p for p, _ in lane]
    assert all(b - a >= 1 for a, b in itertools.pairwise(positions)), lane
    assert {tid for _, tid in lane} == {"web", "tp-o", "tp-t", "tp-t2"}


def test_both_adding_the_same_id_merges_lists_and_flags_the_rest():
    base, ours, theirs = sides()
    ours.add_touchpoint(Touchpoint(id="tp-x", label="A", phase="action", pain_points=("eins",)))
    theirs.add_touchpoint(Touchpoint(id="tp-x", label="B", phase="action", pain_points=("zwei",), position=3))
    result = merged(base, ours, theirs)
    tp = by_id(result.data.touchpoints)["tp-x"]
    assert (tp.label, tp.pain_points) == ("A", ("eins", "zwei"))
    assert conflicts(result) == {("touchpoint", "tp-x", "label", "both_added"),
                                 ("touchpoint", "tp-x", "position", "both_added")}


# ---------------------------------------------------------------- personas, phases, meta
def test_persona_paths_merge_and_name_only_what_exists():
    base, ours, theirs = sides()
    ours.update_persona("p1", touchpoint_ids=("fair", "web", "shop"), emotions={"web": -1, "shop": 2})
    theirs.update_persona("p1", touchpoint_ids=("web",), goals=("schnell",))
    theirs.remove_touchpoints(["shop"])
    result = merged(base, ours, theirs)
    persona = result.data.personas[0]
    assert persona.goals == ("schnell",)
    assert "shop" in by_id(result.data.touchpoints)  # ours newly uses it in a path: kept, a conflict
    assert ("touchpoint", "shop", "personas", "changed_removed") in conflicts(result)
    assert persona.touchpoint_ids == ("web", "shop")


def test_a_card_in_a_phase_that_ours_removed_goes_where_ours_moved_that_phase():
    base, ours, theirs = sides()
    phases = base.phase_model.phases
    ours.edit_phases(PhaseModel(id="custom", phases=tuple(p for p in phases if p.id != "loyalty")),
                     {"loyalty": "advocacy"})
    theirs.add_touchpoint(Touchpoint(id="tp-club", label="Kundenclub", phase="loyalty", position=1))
    result = merged(base, ours, theirs)
    assert ("phase", "loyalty", "touchpoints", "removed_changed") in conflicts(result)
    tps = by_id(result.data.touchpoints)
    assert tps["tp-club"].phase == "advocacy" and tps["news"].phase == "advocacy"
    assert tps["tp-club"].position != tps["news"].position


def test_phases_added_renamed_and_reordered_on_both_sides():
    base, ours, theirs = sides()
    phases = base.phase_model.phases
    extra = Phase(id="ph-fair", name=LocalText(de="Messe", en="Fair"))
    ours.edit_phases(PhaseModel(id="custom", phases=(*phases[:2], extra, *phases[2:])))
    renamed = phases[0].model_copy(update={"name": LocalText(de="Aufmerksam", en=phases[0].name.en)})
    theirs.edit_phases(PhaseModel(id="custom", phases=(renamed, *phases[1:])))
    result = merged(base, ours, theirs)
    assert result.clean
    model = result.data.phase_model
    assert model.ids()[:3] == ("attention", "interest", "ph-fair")
    assert model.phases[0].name.de == "Aufmerksam"


def test_meta_field_by_field_and_the_later_save_time():
    base, ours, theirs = sides()
    ours.set_meta(title="Neu", modified="2025-01-02T10:00:00+00:00")
    theirs.set_meta(company="Anders GmbH", modified="2025-03-01T10:00:00+00:00")
    result = merged(base, ours, theirs)
    assert result.clean
    meta = result.data.meta
    assert (meta.title, meta.company, meta.modified) == ("Neu", "Anders GmbH", "2025-03-01T10:00:00+00:00")
    theirs.set_meta(title="Anders")
    assert conflicts(merged(base, ours, theirs)) == {("meta", "", "title", "both_changed")}


def test_lineage_joins_both_and_keeps_its_limit():
    base = make_sample().model_copy(update={"lineage": Lineage(journey="jr-1", ancestors=("0" * 32,))})
    ours = base.model_copy(update={"lineage": base.lineage.after("1" * 32)})
    theirs = base.model_copy(update={"lineage": Lineage(journey="jr-1", ancestors=tuple(
        f"{i:032x}" for i in range(2, 2 + MAX_ANCESTORS)))})
    lineage = merge_journeys(base, ours, theirs).data.lineage
    assert lineage.journey == "jr-1" and len(lineage.ancestors) == MAX_ANCESTORS
    assert lineage.ancestors[0] == "1" * 32


def test_a_merge_beyond_the_limits_is_refused_in_one_sentence():
    base = make_sample()

    def with_cards(prefix: str, n: int) -> ProjectData:
        cards = tuple(Touchpoint(id=f"{prefix}{i}", label="x", phase="action", position=float(i)) for i in range(n))
        return base.model_copy(update={"touchpoints": (*base.touchpoints, *cards)})

    with pytest.raises(MergeError, match=r"would not be valid \(touchpoints: Tuple should have at most 10000 items"):
        merge_journeys(base, with_cards("o", 5000), with_cards("t", 5000))


def test_persona_removed_on_one_side_and_edited_on_the_other():
    base, ours, theirs = sides()
    ours.remove_persona("p1")
    theirs.update_persona("p1", quote="Schnell bitte")
    result = merged(base, ours, theirs)
    assert conflicts(result) == {("persona", "p1", "quote", "removed_changed")}
    assert not result.data.personas
    both = merge_journeys(base, theirs.to_data(), ours.to_data())
    assert both.data.personas[0].quote == "Schnell bitte"
    theirs.add_persona(Persona(id="p2", name="Neu"))
    assert {p.id for p in merged(base, ours, theirs).data.personas} == {"p2"}


def test_a_phase_model_changed_only_in_its_id_comes_through():
    base, ours, theirs = sides()
    phases = base.phase_model.phases
    extra = Phase(id="ph-x", name=LocalText(de="X"))
    theirs.edit_phases(PhaseModel(id="custom", phases=(extra, *phases)))
    theirs.edit_phases(PhaseModel(id="custom", phases=phases))  # added and removed again: the same lanes, "custom"
    assert theirs.phase_model.id == "custom"
    result = merged(base, ours, theirs)
    assert result.clean and result.data.phase_model == theirs.phase_model
    assert merge_journeys(base, theirs.to_data(), base).data.phase_model.id == "custom"


# ---------------------------------------------------------------- blueprint rows and opportunities (issue 16)
def test_blueprint_rows_merge_row_by_row_and_text_by_text():
    base, ours, theirs = sides()
    ours.set_blueprint_row("web", "frontstage", ["Chat beantworten"], "Vertrieb")
    theirs.set_blueprint_row("web", "backstage", ["Anfrage prüfen"], "AV")
    theirs.set_blueprint_row("web", "frontstage", ["Rückruf"], "")
    result = merged(base, ours, theirs)
    row = by_id(result.data.touchpoints)["web"].blueprint
    assert row.backstage.texts == ("Anfrage prüfen",) and row.backstage.owner == "AV"
    assert row.frontstage.texts == ("Chat beantworten", "Rückruf")  # both added a step: both kept
    assert row.frontstage.owner == "Vertrieb"  # only ours named an owner
    assert result.clean


def test_opportunities_merge_by_id_and_field():
    base, ours, theirs = sides()
    ours.update_opportunity("op-call", status="planned", owner="Vertrieb")
    theirs.update_opportunity("op-call", impact=3, effort=1, touchpoint_ids=("call", "web"))
    theirs.add_opportunity(Opportunity(id="op-t", text="Preise zeigen", touchpoint_ids=("shop",)))
    result = merged(base, ours, theirs)
    got = by_id(result.data.opportunities)
    assert (got["op-call"].status, got["op-call"].owner, got["op-call"].impact, got["op-call"].effort) == (
        "planned", "Vertrieb", 3, 1)
    assert got["op-call"].touchpoint_ids == ("call", "web") and "op-t" in got
    assert result.clean


def test_a_touchpoint_removed_on_one_side_with_a_new_opportunity_on_the_other_is_a_conflict():
    base, ours, theirs = sides()
    ours.remove_touchpoints(["shop"])
    theirs.add_opportunity(Opportunity(id="op-t", text="Preise zeigen", touchpoint_ids=("shop",)))
    result = merged(base, ours, theirs)
    assert ("touchpoint", "shop", "opportunities", "removed_changed") in conflicts(result)
    assert "shop" not in by_id(result.data.touchpoints)
    assert by_id(result.data.opportunities)["op-t"].touchpoint_ids == ()  # no dangling reference


def test_removing_a_touchpoint_is_no_edit_of_its_opportunities():
    base, ours, theirs = sides()
    ours.remove_touchpoints(["call"])  # takes "call" out of op-call
    theirs.update_opportunity("op-call", owner="Service")
    result = merged(base, ours, theirs)
    assert result.clean
    assert by_id(result.data.opportunities)["op-call"].touchpoint_ids == ()
    assert by_id(result.data.opportunities)["op-call"].owner == "Service"
