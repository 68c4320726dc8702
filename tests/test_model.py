"""The domain model: values, the Project aggregate, its signals and its guarantees."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from journeymap.model import AIDA_IDS, AIDALA_IDS, Kpi, Link, ModelError, Persona, Project, Signal, aida, aidala
from tests.conftest import link, tp


class Recorder:
    """Collects every signal a project emits, by name."""

    def __init__(self, project: Project) -> None:
        self.calls: list[tuple[str, tuple]] = []
        for name, value in vars(project).items():
            if isinstance(value, Signal):
                value.connect(lambda *args, _n=name: self.calls.append((_n, args)))

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


def test_phase_presets_match_the_contract():
    assert aidala().ids() == AIDALA_IDS == ("attention", "interest", "desire", "action", "loyalty", "advocacy")
    assert aida().ids() == AIDA_IDS == ("attention", "interest", "desire", "action")
    subtitles = [p.subtitle.de for p in aidala().phases]
    assert subtitles == [
        "Informationsphase", "Spezifizierungsphase", "Anbieterselektionsphase",
        "Kaufphase", "Aufrechterhaltungsphase", "Befürwortungsphase",
    ]
    assert all(p.name.en and p.name.de for p in aidala().phases)
    assert aidala().index("action") == 3
    with pytest.raises(KeyError):
        aidala().index("nowhere")


def test_values_are_frozen_and_validated():
    t = tp("a", "attention")
    with pytest.raises(ValidationError):
        t.label = "x"  # type: ignore[misc]
    with pytest.raises(ValidationError):
        tp("a", "attention", emotion=3)
    with pytest.raises(ValidationError):
        tp("bad id!", "attention")
    with pytest.raises(ValidationError):
        Kpi(name="x", target=float("nan"))
    with pytest.raises(ValidationError):
        tp("a", "attention", unknown_field=1)


@pytest.mark.parametrize(
    ("better", "target", "actual", "status"),
    [("higher", 3, 4, "met"), ("higher", 3, 2, "missed"), ("lower", 24, 12, "met"), ("lower", 24, 30, "missed"),
     ("higher", None, 2, "open"), ("lower", 3, None, "open"), ("higher", 3, 3, "met")],
)
def test_kpi_status(better, target, actual, status):
    assert Kpi(name="k", better=better, target=target, actual=actual).status() == status


def test_add_touchpoint_emits_and_validates():
    project = Project()
    rec = Recorder(project)
    project.add_touchpoint(tp("a", "attention"))
    assert rec.names() == ["touchpoint_added", "changed"]
    with pytest.raises(ModelError, match="already used"):
        project.add_touchpoint(tp("a", "interest"))
    with pytest.raises(ModelError, match="no phase"):
        project.add_touchpoint(tp("b", "nowhere"))
    assert [t.id for t in project.touchpoints] == ["a"]


def test_update_touchpoint_returns_old_value_and_rejects_invalid(project):
    rec = Recorder(project)
    old = project.update_touchpoint("web", label="Unsere Website", emotion=2)
    assert old.label == "Website"
    assert project.touchpoint("web").label == "Unsere Website"
    assert rec.calls[0][0] == "touchpoint_changed"
    new, previous = rec.calls[0][1]
    assert (new.emotion, previous.emotion) == (2, 0)
    with pytest.raises(ModelError, match="emotion"):
        project.update_touchpoint("web", emotion=-5)
    with pytest.raises(ModelError, match="id cannot change"):
        project.update_touchpoint("web", id="other")
    with pytest.raises(ModelError, match="unknown field"):
        project.update_touchpoint("web", colour="red")
    assert project.touchpoint("web").emotion == 2  # unchanged by the failed edits


def test_unchanged_update_emits_nothing(project):
    rec = Recorder(project)
    project.update_touchpoint("web", label="Website")
    assert rec.calls == []


def test_move_touchpoints_changes_phase_and_reports_previous_places(project):
    before = project.move_touchpoints({"web": ("desire", 1.0), "call": ("desire", 2.0)})
    assert before == {"web": ("interest", 0.0), "call": ("desire", 0.0)}
    assert [t.id for t in project.touchpoints_in("desire")] == ["web", "call"]
    with pytest.raises(ModelError):
        project.move_touchpoints({"web": ("nowhere", 0.0)})
    assert project.touchpoint("web").phase == "desire"


def test_remove_touchpoint_takes_links_and_persona_path_and_restore_puts_all_back(project):
    before = project.to_data()
    rec = Recorder(project)
    removal = project.remove_touchpoints(["web"])
    assert not project.has_touchpoint("web")
    assert {lk.id for lk in project.links} == {"call-shop", "shop-news", "news-review"}
    persona = project.persona("p1")
    assert persona.touchpoint_ids == ("fair",) and persona.link_ids == () and persona.emotions == {}
    assert rec.names().count("link_removed") == 2
    assert rec.names()[-1] == "changed" and rec.names().count("changed") == 1
    project.restore(removal)
    assert project.to_data() == before
    assert [t.id for t in project.touchpoints] == [t.id for t in before.touchpoints]


def test_links_are_checked(project):
    with pytest.raises(ModelError, match="itself"):
        project.add_link(Link(id="x", source="web", target="web"))
    with pytest.raises(ModelError, match="already linked"):
        project.add_link(Link(id="x", source="fair", target="web"))
    with pytest.raises(ModelError, match="no touchpoint"):
        project.add_link(Link(id="x", source="fair", target="ghost"))
    project.add_link(Link(id="back", source="web", target="fair", kind="loop_back"))
    assert {lk.id for lk in project.links_of("fair")} == {"fair-web", "back"}


def test_update_and_remove_links(project):
    old = project.update_link("fair-web", label="QR-Code", kind="alternative")
    assert old.kind == "step"
    assert project.link("fair-web").kind == "alternative"
    with pytest.raises(ModelError):
        project.update_link("fair-web", target="shop")
    removal = project.remove_links(["fair-web"])
    assert project.links_of("fair") == ()
    assert project.persona("p1").link_ids == ()
    project.restore(removal)
    assert project.persona("p1").link_ids == ("fair-web",)
    assert project.links[0].id == "fair-web"


def test_personas_add_update_reorder_remove(project):
    project.add_persona(Persona(id="p2", name="Techniker Tom", segment="b2b", colour="#CC79A7"))
    with pytest.raises(ModelError, match="no touchpoint"):
        project.update_persona("p2", touchpoint_ids=("ghost",))
    project.update_persona("p2", touchpoint_ids=("shop", "call"), emotions={"shop": 1})
    assert project.move_persona("p2", 0) == 1
    assert [p.id for p in project.personas] == ["p2", "p1"]
    index, removed = project.remove_persona("p2")
    assert (index, removed.name) == (0, "Techniker Tom")
    assert [p.id for p in project.personas] == ["p1"]


def test_persona_emotion_falls_back_to_touchpoint(project):
    persona = project.persona("p1")
    assert persona.emotion_at(project.touchpoint("web")) == -1
    assert persona.emotion_at(project.touchpoint("fair")) == 1


def test_journey_order_and_next_free_slot(project):
    project.add_touchpoint(tp("early", "attention", position=0.5))
    assert [t.id for t in project.journey_order()][:3] == ["fair", "early", "web"]
    assert project.next_free_position("attention") == 1.0
    assert project.next_free_position("advocacy") == 1.0
    project.remove_touchpoints(["review"])
    assert project.next_free_position("advocacy") == 0.0


def test_meta_answers_and_phase_model(project):
    project.set_meta(title="Neu", language="en")
    assert project.meta.title == "Neu"
    with pytest.raises(ModelError):
        project.set_meta(language="fr")
    project.set_answers({"visualisation": 3})
    assert project.answers == {"visualisation": 3}
    with pytest.raises(ValidationError):
        project.set_answers({"visualisation": 7})
    with pytest.raises(ModelError, match="loyalty"):
        project.set_phase_model(aida())  # loyalty and advocacy still hold touchpoints
    project.remove_touchpoints(["news", "review"])
    project.set_phase_model(aida())
    assert project.phase_model.id == "aida"


def test_to_data_round_trips_through_a_new_project(project):
    data = project.to_data()
    assert Project(data).to_data() == data


def test_signal_connect_disconnect():
    signal, seen = Signal(), []
    signal.connect(seen.append)
    signal.connect(seen.append)  # connecting twice is once
    signal.emit(1)
    signal.disconnect(seen.append)
    signal.disconnect(seen.append)  # harmless
    signal.emit(2)
    assert seen == [1] and len(signal) == 0


def test_limit_on_touchpoints(monkeypatch):
    import journeymap.model.project as project_module

    monkeypatch.setattr(project_module, "MAX_TOUCHPOINTS", 2)
    project = Project()
    project.add_touchpoint(tp("a", "attention"))
    project.add_touchpoint(tp("b", "attention"))
    with pytest.raises(ModelError, match="at most 2"):
        project.add_touchpoint(tp("c", "attention"))


def test_links_helper_builds_links():
    assert link("a", "b").id == "a-b"
