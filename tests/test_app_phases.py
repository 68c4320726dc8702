"""Journey ▸ Phases…: rename, add, remove (its cards to a lane the user picks) and reorder lanes, all as ONE undo
step that the canvas follows; presets (AIDA(LA), AIDA, five stages) in the dialog and in File ▸ New from."""

from __future__ import annotations

import pytest

from journeymap.app.dialogs import phases as phases_dialog
from journeymap.app.dialogs.phases import PhasesDialog
from journeymap.document import Document
from journeymap.model import FIVE_STAGE_IDS
from tests.conftest import make_sample


@pytest.fixture
def window(window):
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    return window


def answer(monkeypatch, fill) -> None:
    monkeypatch.setattr(phases_dialog, "run_dialog", lambda dialog: fill(dialog) is not False)


def lane_names(window) -> list[str]:
    window.scene.flush_updates()
    return [window.scene.projection.lanes[pid].header.texts[0] for pid in window.document.project.phase_model.ids()]


def test_rename_add_remove_with_reassignment_and_reorder_are_one_undo_step(window, monkeypatch):
    project, stack = window.document.project, window.document.undo_stack
    before = project.to_data()

    def edit(dialog: PhasesDialog) -> None:
        dialog.table.setCurrentCell(0, 0)
        dialog.rename(0, "Aufmerksam werden", "name_de")
        dialog.rename(0, "Getting noticed")  # English UI: the first column is the English name
        dialog.table.setCurrentCell(4, 0)  # loyalty
        dialog.remove_phase()
        assert list(dialog.targets) == ["loyalty"]
        assert dialog.targets["loyalty"].currentData() == "action"  # the lane before is the default
        dialog.set_target("loyalty", "advocacy")
        dialog.table.setCurrentCell(1, 0)
        dialog.add_phase()  # after "interest"
        dialog.rename(2, "Vergleich")
        dialog.table.setCurrentCell(3, 0)  # desire
        dialog.move_phase(-1)
    answer(monkeypatch, edit)
    window.commands.phases.trigger()
    ids = project.phase_model.ids()
    assert ids[:2] == ("attention", "interest") and ids[2] == "desire" and ids[3].startswith("phase-")
    assert ids[4:] == ("action", "advocacy") and project.phase_model.id == "custom"
    assert project.phase_model.phases[0].name.de == "Aufmerksam werden"
    assert project.phase_model.phases[0].name.en == "Getting noticed"
    assert project.touchpoint("news").phase == "advocacy"  # the loyalty card went where the user said
    assert [t.id for t in project.touchpoints_in("advocacy")] == ["review", "news"]
    assert lane_names(window) == ["Getting noticed", "Interest", "Desire", "Vergleich", "Action", "Advocacy"]
    assert window.scene.card("news").touchpoint.phase == "advocacy"
    assert stack.count() == 1 and stack.undoText() == "Edit phases"
    stack.undo()
    assert project.to_data() == before
    assert lane_names(window) == ["Attention", "Interest", "Desire", "Action", "Loyalty", "Advocacy"]
    assert window.scene.card("news").touchpoint.phase == "loyalty"
    stack.redo()
    assert project.touchpoint("news").phase == "advocacy" and len(lane_names(window)) == 6


def test_cancel_or_no_change_pushes_nothing(window, monkeypatch):
    answer(monkeypatch, lambda dialog: (dialog.rename(0, "Weg"), False)[1])
    window.commands.phases.trigger()
    answer(monkeypatch, lambda dialog: None)
    window.commands.phases.trigger()
    assert window.document.undo_stack.count() == 0


def test_a_nameless_phase_blocks_ok_and_the_last_lane_cannot_go(window, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    dialog = PhasesDialog(window.document.project, "de")
    qtbot.addWidget(dialog)
    ok = dialog.box.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.table.horizontalHeaderItem(0).text() == "Name (German)"  # the UI language's names first
    dialog.rename(2, "", "name_de")
    dialog.rename(2, "", "name_en")
    assert not ok.isEnabled() and "3" in dialog.problem.text()
    dialog.rename(2, "Wunsch", "name_de")
    assert ok.isEnabled()
    for _ in range(5):
        dialog.table.setCurrentCell(0, 0)
        dialog.remove_phase()
    assert len(dialog.rows) == 1 and not dialog.remove_button.isEnabled()
    assert set(dialog.targets) == {"attention", "interest", "desire", "action", "loyalty"}


def test_a_preset_replaces_the_lanes_and_cards_follow_to_the_chosen_lanes(window, monkeypatch):
    project = window.document.project

    def five(dialog: PhasesDialog) -> None:
        dialog.use_preset("five_stage")
        assert set(dialog.targets) == {"attention", "interest", "desire", "action", "loyalty"}
        for old, new in (("attention", "awareness"), ("interest", "consideration"), ("desire", "consideration"),
                         ("action", "purchase"), ("loyalty", "retention")):
            dialog.set_target(old, new)
    answer(monkeypatch, five)
    window.commands.phases.trigger()
    assert project.phase_model.id == "five_stage" and project.phase_model.ids() == FIVE_STAGE_IDS
    assert [t.id for t in project.touchpoints_in("consideration")] == ["web", "call"]
    assert project.touchpoint("review").phase == "advocacy"
    assert lane_names(window) == ["Awareness", "Consideration", "Purchase", "Retention", "Advocacy"]


def test_new_from_the_five_stage_template(window):
    window.new_from.templates["five_stage"].trigger()
    assert window.document.project.phase_model.ids() == FIVE_STAGE_IDS
    assert window.document.path is None and not window.document.project.touchpoints
