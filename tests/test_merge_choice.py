"""Merge from… in the editor: each change of theirs accepted or rejected; the result applied to a project through
its own methods (one undo step in the editor)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journeymap.model import Link, Project, ProjectData, Touchpoint
from journeymap.model.apply import apply_data
from journeymap.model.lineage import content_hash
from journeymap.model.merge import merge_journeys
from journeymap.model.merge_choice import differences, merge_chosen
from tests.conftest import make_sample
from tests.helpers.journey_edits import PROPERTY, edit


def versions() -> tuple[ProjectData, Project, Project]:
    base = make_sample()
    return base, Project(base), Project(base)


def test_each_change_of_theirs_is_offered():
    base, _, theirs = versions()
    theirs.add_touchpoint(Touchpoint(id="tp-new", label="Chat", phase="interest", position=2))
    theirs.add_link(Link(id="ln-new", source="web", target="tp-new"))
    theirs.remove_touchpoints(["call"])
    theirs.update_touchpoint("web", emotion=2)
    theirs.set_meta(title="Neu")
    theirs.set_answers({"credibility": 2})
    found = {(d.entity, d.id, d.kind) for d in differences(base, theirs.to_data())}
    assert found == {("touchpoint", "tp-new", "added"), ("touchpoint", "call", "removed"),
                     ("touchpoint", "web", "changed"), ("link", "ln-new", "added"), ("link", "web-call", "removed"),
                     ("link", "call-shop", "removed"), ("meta", "title", "changed"),
                     ("answers", "credibility", "added"),
                     ("opportunity", "op-call", "changed")}  # it lost its touchpoint "call" with the card


def test_rejected_changes_are_left_out():
    base, ours, theirs = versions()
    ours.update_touchpoint("fair", label="Messe 2026")
    theirs.add_touchpoint(Touchpoint(id="tp-new", label="Chat", phase="interest", position=2))
    theirs.add_link(Link(id="ln-new", source="web", target="tp-new"))
    theirs.remove_touchpoints(["web"])  # also its links and its place in the persona's path
    theirs.set_meta(title="Neu")
    result = merge_chosen(base, ours.to_data(), theirs.to_data(),
                          [("touchpoint", "tp-new"), ("touchpoint", "web"), ("meta", "title")])
    data = result.data
    assert result.clean
    tps = {tp.id: tp for tp in data.touchpoints}
    assert "tp-new" not in tps and "ln-new" not in {link.id for link in data.links}
    assert "web" in tps and {"fair-web", "web-call"} <= {link.id for link in data.links}
    assert data.personas[0].touchpoint_ids == ("fair", "web") and data.personas[0].emotions == {"web": -1}
    assert data.meta.title == base.meta.title and tps["fair"].label == "Messe 2026"


def test_without_a_common_base_every_difference_is_offered_against_ours():
    _, ours, theirs = versions()
    ours.add_touchpoint(Touchpoint(id="tp-ours", label="Nur bei uns", phase="action", position=3))
    theirs.add_touchpoint(Touchpoint(id="tp-theirs", label="Nur bei ihnen", phase="action", position=3))
    mine, other = ours.to_data(), theirs.to_data()
    offered = {(d.id, d.kind) for d in differences(mine, other)}
    assert offered == {("tp-ours", "removed"), ("tp-theirs", "added")}
    kept = merge_chosen(mine, mine, other, [("touchpoint", "tp-ours")]).data
    assert {"tp-ours", "tp-theirs"} <= {tp.id for tp in kept.touchpoints}


def test_apply_turns_a_project_into_the_merged_version_and_back():
    base, ours, theirs = versions()
    ours.update_touchpoint("fair", label="Messe 2026")
    theirs.add_touchpoint(Touchpoint(id="tp-new", label="Chat", phase="interest", position=2))
    theirs.remove_touchpoints(["call"])
    before = ours.to_data()
    merged = merge_journeys(base, before, theirs.to_data()).data
    seen: list[str] = []
    ours.touchpoint_added.connect(lambda tp: seen.append(f"+{tp.id}"))
    ours.touchpoint_removed.connect(lambda tp: seen.append(f"-{tp.id}"))
    apply_data(ours, merged)
    assert content_hash(ours.to_data()) == content_hash(merged)
    assert {"+tp-new", "-call"} <= set(seen)  # signalled as if made by hand: the canvas follows
    apply_data(ours, before)
    assert content_hash(ours.to_data()) == content_hash(before)


@PROPERTY
@given(st.data())
def test_any_choice_gives_a_valid_journey_all_gives_the_merge_none_gives_ours(data):
    base = edit(data, make_sample(), steps=6)
    ours, theirs = edit(data, base), edit(data, base)
    keys = [d.key for d in differences(base, theirs)]
    rejected = data.draw(st.sets(st.sampled_from(keys))) if keys else set()
    chosen = merge_chosen(base, ours, theirs, rejected)  # validated inside: never a dangling reference
    assert merge_chosen(base, ours, theirs).data == merge_journeys(base, ours, theirs).data
    nothing = merge_chosen(base, ours, theirs, keys)
    assert content_hash(nothing.data) == content_hash(ours), "every change of theirs rejected: ours"
    project = Project(ours)
    apply_data(project, chosen.data)
    assert content_hash(project.to_data()) == content_hash(chosen.data)
    apply_data(project, ours)
    assert content_hash(project.to_data()) == content_hash(ours)


def test_taking_their_side_of_a_conflict():
    base, ours, theirs = versions()
    ours.update_touchpoint("web", label="Unsere Website")
    theirs.update_touchpoint("web", label="Ihre Website", emotion=2)
    ours.set_meta(title="Unser Titel")
    theirs.set_meta(title="Ihr Titel")
    plain = merge_chosen(base, ours.to_data(), theirs.to_data())
    assert {(c.entity, c.id, c.field) for c in plain.conflicts} == {("touchpoint", "web", "label"),
                                                                   ("meta", "", "title")}
    taken = merge_chosen(base, ours.to_data(), theirs.to_data(),
                         theirs_wins=[("touchpoint", "web"), ("meta", "title")])
    web = {tp.id: tp for tp in taken.data.touchpoints}["web"]
    assert taken.clean and (web.label, web.emotion, taken.data.meta.title) == ("Ihre Website", 2, "Ihr Titel")


def test_one_field_of_their_change_rejected_the_others_taken():
    base, ours, theirs = versions()
    theirs.update_touchpoint("web", label="Ihre Website", emotion=2)
    theirs.set_blueprint_row("web", "frontstage", ["Chat antwortet"], "Vertrieb")
    fields = {f.field for d in differences(base, theirs.to_data()) if d.id == "web" for f in d.fields}
    assert {"label", "emotion", "blueprint.frontstage.texts", "blueprint.frontstage.owner"} <= fields
    result = merge_chosen(base, ours.to_data(), theirs.to_data(),
                          [("touchpoint", "web", "label"), ("touchpoint", "web", "blueprint.frontstage.owner")])
    web = {tp.id: tp for tp in result.data.touchpoints}["web"]
    assert result.clean and web.label == "Website" and web.emotion == 2
    assert (web.blueprint.frontstage.texts, web.blueprint.frontstage.owner) == (("Chat antwortet",), "")


def test_their_side_of_one_clashing_field_keeps_every_other_change_of_ours():
    base, ours, theirs = versions()
    ours.update_touchpoint("web", label="Unsere Website", emotion_note="Relaunch im März")
    ours.set_blueprint_row("web", "backstage", ["CMS-Pflege"], "Marketing")
    theirs.update_touchpoint("web", label="Ihre Website", emotion=2)
    theirs.set_blueprint_row("web", "backstage", ["CMS-Pflege"], "IT")
    plain = merge_chosen(base, ours.to_data(), theirs.to_data())
    assert {c.field for c in plain.conflicts} == {"label", "blueprint.backstage.owner"}
    taken = merge_chosen(base, ours.to_data(), theirs.to_data(),
                         theirs_wins=[("touchpoint", "web", "blueprint.backstage.owner")])
    web = {tp.id: tp for tp in taken.data.touchpoints}["web"]
    assert [c.field for c in taken.conflicts] == ["label"]  # the other clash: ours kept, as before
    assert (web.label, web.emotion_note, web.emotion) == ("Unsere Website", "Relaunch im März", 2)
    assert web.blueprint.backstage.owner == "IT" and web.blueprint.backstage.texts == ("CMS-Pflege",)
    whole = merge_chosen(base, ours.to_data(), theirs.to_data(), theirs_wins=[("touchpoint", "web")])
    assert {tp.id: tp for tp in whole.data.touchpoints}["web"].emotion_note == ""  # the whole item: ours' note is gone


@PROPERTY
@given(st.data())
def test_any_choice_of_fields_gives_a_valid_journey_and_rejecting_every_field_is_rejecting_the_item(data):
    base = edit(data, make_sample(), steps=6)
    ours, theirs = edit(data, base), edit(data, base)
    offered = differences(base, theirs)
    fields = [(d.entity, d.id, f.field) for d in offered if d.kind == "changed" and d.entity not in ("meta", "answers")
              for f in d.fields]
    if not fields:
        return
    rejected = data.draw(st.sets(st.sampled_from(fields)))
    wins = data.draw(st.sets(st.sampled_from(fields)))
    chosen = merge_chosen(base, ours, theirs, rejected, wins)  # validated inside: never a dangling reference
    project = Project(ours)
    apply_data(project, chosen.data)
    assert content_hash(project.to_data()) == content_hash(chosen.data)
    items = {(entity, item) for entity, item, _ in fields}
    by_field = merge_chosen(base, ours, theirs, fields).data
    by_item = merge_chosen(base, ours, theirs, items).data
    assert content_hash(by_field) == content_hash(by_item)
