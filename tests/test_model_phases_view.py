"""The user's phases (rename, add, remove with reassignment, reorder; the five-stage preset) and the persona view
state kept with the file: plain model tests, no Qt."""

from __future__ import annotations

import json

import pytest

from journeymap.fileformat import JourneyFileError, dumps, loads
from journeymap.model import FIVE_STAGE_IDS, LocalText, ModelError, Phase, PhaseModel, Project, ViewState
from journeymap.model.phases import PRESETS, aida, aidala, five_stage, preset_id
from tests.conftest import make_sample, tp


def phases(project: Project, *ids: str, names: dict[str, str] | None = None, new: tuple[str, ...] = ()) -> PhaseModel:
    """A phase model of `project`'s phases `ids` (in that order), renamed per `names`, plus new phases `new`."""
    current = {p.id: p for p in project.phase_model.phases}
    chosen = []
    for pid in ids:
        phase = current.get(pid) or Phase(id=pid, name=LocalText(de=pid.title(), en=pid.title()))
        if names and pid in names:
            phase = phase.model_copy(update={"name": LocalText(de=names[pid], en=names[pid])})
        chosen.append(phase)
    chosen += [Phase(id=pid, name=LocalText(en=pid)) for pid in new]
    return PhaseModel(id="custom", phases=tuple(chosen))


# ---------------------------------------------------------------- presets
def test_five_stage_preset_has_german_and_english_names():
    model = five_stage()
    assert model.id == "five_stage" and model.ids() == FIVE_STAGE_IDS
    assert [p.name.get("en") for p in model.phases] == ["Awareness", "Consideration", "Purchase", "Retention",
                                                        "Advocacy"]
    assert [p.name.get("de") for p in model.phases] == ["Wahrnehmung", "Abwägung", "Kauf", "Bindung", "Empfehlung"]
    assert all(p.subtitle.de and p.subtitle.en for p in model.phases)
    assert model.phases[-1] == aidala().phases[-1]  # advocacy is the same phase in both models
    assert set(PRESETS) == {"aidala", "aida", "five_stage"}


def test_preset_id_recognises_presets_and_calls_the_rest_custom():
    assert preset_id(aidala().phases) == "aidala" and preset_id(aida().phases) == "aida"
    assert preset_id(five_stage().phases) == "five_stage"
    renamed = (aida().phases[0].model_copy(update={"name": LocalText(en="Seen")}), *aida().phases[1:])
    assert preset_id(renamed) == "custom"
    assert preset_id(tuple(reversed(aida().phases))) == "custom"


# ---------------------------------------------------------------- editing phases
def test_rename_and_reorder_keep_every_card_in_place():
    project = Project(make_sample())
    before = project.to_data()
    order = ("interest", "attention", "desire", "action", "loyalty", "advocacy")
    change = project.edit_phases(phases(project, *order, names={"interest": "Neugier"}))
    assert project.phase_model.ids() == order
    assert project.phase_model.phases[0].name.get("de") == "Neugier"
    assert change.moves == {} and project.touchpoints == before.touchpoints
    project.revert_phases(change)
    assert project.to_data() == before


def test_removed_phase_sends_its_cards_below_the_target_lane_cards_and_undo_puts_them_back():
    project = Project(make_sample())
    project.add_touchpoint(tp("fair2", "attention", position=1.0))
    project.add_touchpoint(tp("web2", "interest", position=3.0))
    before = project.to_data()
    model = phases(project, "interest", "desire", "action", "loyalty", "advocacy", new=("extra",))
    change = project.edit_phases(model, {"attention": "interest"})
    assert project.phase_model == model
    # web (0) and web2 (3) stay; fair and fair2 follow below, in their order
    assert [(t.id, t.position) for t in project.touchpoints_in("interest")] == [
        ("web", 0.0), ("web2", 3.0), ("fair", 4.0), ("fair2", 5.0)]
    assert change.places == {"fair": ("attention", 0.0), "fair2": ("attention", 1.0)}
    project.revert_phases(change)
    assert project.to_data() == before


def test_cards_are_never_outside_every_lane_while_phases_change():
    project = Project(make_sample())
    seen = []
    project.touchpoint_changed.connect(lambda new, old: seen.append(new.phase in project.phase_model.ids()
                                                                    and old.phase in project.phase_model.ids()))
    project.phases_changed.connect(
        lambda model: seen.append({t.phase for t in project.touchpoints} <= set(model.ids())))
    model = phases(project, "interest", "desire", "action", "loyalty", "advocacy", new=("new",))
    change = project.edit_phases(model, {"attention": "new"})
    project.revert_phases(change)
    assert seen and all(seen)


def test_a_removed_phase_with_cards_needs_a_target():
    project = Project(make_sample())
    before = project.to_data()
    model = phases(project, "interest", "desire", "action", "loyalty", "advocacy")
    with pytest.raises(ModelError, match="attention"):
        project.edit_phases(model)
    with pytest.raises(ModelError, match="no phase 'gone'"):
        project.edit_phases(model, {"attention": "gone"})
    with pytest.raises(ModelError, match="stays"):
        project.edit_phases(phases(project, *project.phase_model.ids()), {"attention": "interest"})
    assert project.to_data() == before


def test_an_empty_phase_can_go_without_a_target():
    project = Project(make_sample())
    project.remove_touchpoints(["review"])
    project.edit_phases(phases(project, "attention", "interest", "desire", "action", "loyalty"))
    assert project.phase_model.ids()[-1] == "loyalty"


# ---------------------------------------------------------------- view state
def test_view_state_is_no_content_change_and_survives_a_save():
    project = Project(make_sample())
    changed = []
    project.changed.connect(lambda: changed.append(True))
    views = []
    project.view_changed.connect(views.append)
    old = project.set_view(personas_shown=("p1",), persona_focus="p1", general_curve=False)
    assert old == ViewState() and views == [project.view] and changed == []
    data = loads(dumps(project.to_data()))
    assert data.view == ViewState(personas_shown=("p1",), persona_focus="p1", general_curve=False)
    assert Project(data).view == data.view


def test_saved_view_leaves_out_removed_personas_but_undo_keeps_them():
    project = Project(make_sample())
    project.set_view(personas_shown=("p1",), persona_focus="p1")
    index, persona = project.remove_persona("p1")
    assert project.to_data().view == ViewState()
    assert project.view.personas_shown == ("p1",)  # shown again when the removal is undone
    project.add_persona(persona, index)
    assert project.to_data().view.persona_focus == "p1"


def test_a_file_whose_view_names_a_missing_persona_is_refused():
    document = json.loads(dumps(make_sample()))
    document["view"] = {"personas_shown": ["ghost"], "persona_focus": None, "general_curve": True}
    with pytest.raises(JourneyFileError, match="ghost"):
        loads(json.dumps(document).encode())


def test_files_without_a_view_load_with_the_default():
    document = json.loads(dumps(make_sample()))
    del document["view"]
    assert loads(json.dumps(document).encode()).view == ViewState()
