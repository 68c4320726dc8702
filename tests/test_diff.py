"""The journey diff: by ids and fields, list elements one by one, no noise from save time, view or lineage."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journeymap.model import Kpi, Link, Phase, PhaseModel, Project, Touchpoint
from journeymap.model.diff import diff_journeys
from journeymap.model.lineage import Lineage
from journeymap.model.values import LocalText
from tests.conftest import make_sample
from tests.helpers.journey_edits import PROPERTY, edit


def test_identical_journeys_and_mere_saving_differ_in_nothing():
    base = make_sample()
    resaved = base.model_copy(update={
        "meta": base.meta.model_copy(update={"modified": "2030-01-01T00:00:00+00:00"}),
        "view": base.view.model_copy(update={"general_curve": False}),
        "lineage": Lineage(journey="jr-1", ancestors=("a" * 32,))})
    diff = diff_journeys(base, resaved)
    assert not diff
    assert diff.to_json()["touchpoints"] == {"added": [], "removed": [], "changed": [], "details": {}}


def test_what_changed_by_id_and_field():
    base = make_sample()
    project = Project(base)
    project.add_touchpoint(Touchpoint(id="tp-chat", label="Live-Chat", phase="interest", position=1))
    project.remove_touchpoints(["call"])
    project.update_touchpoint("web", label="Website 2.0", emotion=1, pain_points=("langsam",),
                              kpis=(Kpi(name="Absprungrate", unit="%"),))
    project.update_touchpoint("shop", kpis=(project.touchpoint("shop").kpis[0].model_copy(update={"actual": 3.5}),))
    project.add_link(Link(id="ln-chat", source="web", target="tp-chat", label="Chat-Knopf"))
    project.update_persona("p1", emotions={"web": 1}, touchpoint_ids=("fair", "web", "tp-chat"))
    project.set_meta(title="Soll-Journey")
    project.set_answers({"credibility": 3})
    diff = diff_journeys(base, project.to_data()).to_json()
    assert diff["touchpoints"]["added"] == ["tp-chat"]
    assert diff["touchpoints"]["removed"] == ["call"]
    assert diff["touchpoints"]["changed"] == ["web", "shop"]
    web = diff["touchpoints"]["details"]["web"]
    assert web["label"] == "Website 2.0"
    assert web["fields"]["label"] == {"old": "Website", "new": "Website 2.0"}
    assert web["fields"]["emotion"] == {"old": 0, "new": 1}
    assert web["fields"]["pain_points"] == {"added": ["langsam"], "removed": []}
    assert web["fields"]["kpis"] == {"added": ["Absprungrate"], "removed": []}
    shop = diff["touchpoints"]["details"]["shop"]["fields"]["kpis"]
    assert shop["changed"] == {"Konversionsrate": {"actual": {"old": 2.5, "new": 3.5}}}
    assert diff["touchpoints"]["details"]["call"] == {"label": "Anruf"}
    assert diff["links"]["added"] == ["ln-chat"]
    assert set(diff["links"]["removed"]) == {"web-call", "call-shop"}
    assert diff["links"]["details"]["ln-chat"]["label"] == "Website 2.0 → Live-Chat"
    persona = diff["personas"]["details"]["p1"]["fields"]
    assert persona["emotions"] == {"old": {"web": -1}, "new": {"web": 1}}
    assert persona["touchpoint_ids"] == {"added": ["tp-chat"], "removed": []}
    assert diff["meta"] == ["title"]
    assert diff["meta_details"]["title"] == {"old": "Größte Reise", "new": "Soll-Journey"}
    assert diff["answers"] == {"answers": {"old": {}, "new": {"credibility": 3}}}


def test_phases_renamed_added_and_reordered():
    base = make_sample()
    phases = base.phase_model.phases
    renamed = phases[1].model_copy(update={"name": LocalText(de="Neugier", en=phases[1].name.en)})
    extra = Phase(id="ph-x", name=LocalText(de="Extra"))
    new = base.model_copy(update={"phase_model": PhaseModel(
        id="custom", phases=(renamed, phases[0], *phases[2:], extra))})
    diff = diff_journeys(base, new)
    assert diff.phases.added == ("ph-x",) and diff.phase_order
    assert diff.phases.changed[0].fields[0].field == "name.de"
    assert diff.to_json()["phases"]["order_changed"] is True


@PROPERTY
@given(st.data())
def test_the_diff_names_exactly_what_differs(data):
    old = edit(data, make_sample(), steps=6)
    new = edit(data, old, steps=8)
    diff = diff_journeys(old, new)
    for name in ("touchpoints", "links", "personas"):
        before = {item.id: item for item in getattr(old, name)}
        after = {item.id: item for item in getattr(new, name)}
        changes = getattr(diff, name)
        assert set(changes.added) == after.keys() - before.keys()
        assert set(changes.removed) == before.keys() - after.keys()
        assert {c.id for c in changes.changed} == {i for i in after.keys() & before.keys() if after[i] != before[i]}
    assert bool(diff) == (old.model_copy(update={"view": new.view}) != new)
