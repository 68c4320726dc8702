"""Personas in the editor: the panel (add, edit, delete, reorder, show, focus), the dialog's fields, the
inspector's persona chips and own emotions, the canvas's context menu, and the facilitator's whole story."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMenu

from journeymap.app.personas.dialog import PersonaDialog
from journeymap.canvas.items.persona_items import DIMMED
from journeymap.document import Document
from journeymap.fileformat import load
from journeymap.layout import emotion_y
from journeymap.layout import theme as t
from journeymap.locate import resource_path
from journeymap.model import Persona
from tests.conftest import make_sample

FULL = Persona(id="px", name="Anna Maier", role="Werkleiterin", segment="b2c", industry="Lebensmittel",
               goals=("Schnell liefern", "Wenig Ausschuss"), pains=("Lange Angebote",), channels=("website", "email"),
               quote="Ich will es heute wissen.", colour="#E31A1C", initials="AM")


@pytest.fixture
def window(window):
    """The shared editor window, showing the sample journey."""
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    return window


def answer_dialog(monkeypatch, dock, fill=None, accept=True):
    """Make the panel's dialog answer at once: `fill(dialog)` types into it, then OK (or Cancel)."""
    seen = []

    def run(dialog: PersonaDialog) -> bool:
        seen.append(dialog)
        if fill is not None:
            fill(dialog)
        return accept

    monkeypatch.setattr(dock, "run_dialog", run)
    return seen


def names(window) -> list[str]:
    return [p.name for p in window.document.project.personas]


# ---------------------------------------------------------------- the panel
def test_the_panel_lists_the_personas_in_order(window):
    dock = window.persona_dock
    assert dock.list.count() == 1
    assert dock.list.item(0).text().startswith("Einkäuferin Eva\n")
    assert dock.current_id() == "p1"
    assert dock.toggleViewAction() in window.commands.panels_menu.actions()
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_add_a_persona_through_the_dialog_is_one_undoable_step(window, monkeypatch):
    dock, stack = window.persona_dock, window.document.undo_stack
    seen = answer_dialog(monkeypatch, dock, lambda d: d.name.setText("Tom Berger"))
    start = stack.count()
    pid = dock.add_persona()
    assert seen[0].new and seen[0].name.text() == "Tom Berger"
    assert names(window) == ["Einkäuferin Eva", "Tom Berger"]
    tom = window.document.project.persona(pid)
    assert tom.colour == t.PERSONA_COLOURS[0]  # the first palette colour not yet used
    assert stack.count() == start + 1 and stack.undoText() == "Add persona"
    assert dock.current_id() == pid
    assert pid in window.scene.persona_layer.visible  # a new persona shows on the map at once
    assert dock.list.item(1).checkState() == Qt.CheckState.Checked
    stack.undo()
    assert names(window) == ["Einkäuferin Eva"] and dock.list.count() == 1
    stack.redo()
    assert names(window) == ["Einkäuferin Eva", "Tom Berger"] and pid in window.scene.persona_layer.visible


def test_cancel_adds_nothing(window, monkeypatch):
    answer_dialog(monkeypatch, window.persona_dock, accept=False)
    start = window.document.undo_stack.count()
    assert window.persona_dock.add_persona() is None
    assert window.document.undo_stack.count() == start and len(window.document.project.personas) == 1


def test_edit_through_the_dialog_is_one_step(window, monkeypatch):
    dock, stack = window.persona_dock, window.document.undo_stack

    def fill(dialog):
        dialog.name.setText("Eva Einkauf")
        dialog.role.setText("Einkauf")
        dialog.colours.button(2).click()
        dialog.goals.setPlainText("Günstig\n\n  Schnell  ")
        dialog.set_channel("newsletter")

    answer_dialog(monkeypatch, dock, fill)
    start = stack.count()
    assert dock.edit_persona()
    eva = window.document.project.persona("p1")
    assert (eva.name, eva.role, eva.colour, eva.goals, eva.channels) == (
        "Eva Einkauf", "Einkauf", t.PERSONA_COLOURS[2], ("Günstig", "Schnell"), ("newsletter",))
    assert eva.touchpoint_ids == ("fair", "web")  # the path is not the dialog's business
    assert stack.count() == start + 1 and stack.undoText() == "Edit persona"
    assert dock.list.item(0).text().startswith("Eva Einkauf")
    stack.undo()
    assert window.document.project.persona("p1").name == "Einkäuferin Eva"
    assert window.document.project.persona("p1").colour == "#1F6FEB"
    answer_dialog(monkeypatch, dock)  # OK without changes: no step
    assert not dock.edit_persona() and stack.count() == start + 1


def test_delete_and_reorder_with_undo_and_redo(window, monkeypatch):
    dock, stack, project = window.persona_dock, window.document.undo_stack, window.document.project
    answer_dialog(monkeypatch, dock, lambda d: d.name.setText("Tom"))
    dock.add_persona()
    answer_dialog(monkeypatch, dock, lambda d: d.name.setText("Uwe"))
    dock.add_persona()
    assert names(window) == ["Einkäuferin Eva", "Tom", "Uwe"] and dock.current_id() == dock.list.item(2).data(
        Qt.ItemDataRole.UserRole + 1)
    assert not dock.down_action.isEnabled() and dock.up_action.isEnabled()
    assert dock.move_persona(-1)
    assert names(window) == ["Einkäuferin Eva", "Uwe", "Tom"]
    assert dock.list.currentItem().text().startswith("Uwe") and stack.undoText() == "Reorder personas"
    dock.up_action.trigger()
    assert names(window) == ["Uwe", "Einkäuferin Eva", "Tom"]
    stack.undo()
    stack.undo()
    assert names(window) == ["Einkäuferin Eva", "Tom", "Uwe"]
    stack.redo()
    assert names(window) == ["Einkäuferin Eva", "Uwe", "Tom"]
    dock.select("p1")
    assert dock.delete_persona()
    assert names(window) == ["Uwe", "Tom"] and stack.undoText() == "Delete persona"
    stack.undo()
    assert names(window) == ["Einkäuferin Eva", "Uwe", "Tom"]
    assert project.persona("p1").touchpoint_ids == ("fair", "web")  # path and emotions come back with it
    assert project.persona("p1").emotions == {"web": -1}


def test_show_focus_and_general_curve_from_the_panel(window, monkeypatch):
    dock, layer = window.persona_dock, window.scene.persona_layer
    assert layer.visible == ()
    dock.list.item(0).setCheckState(Qt.CheckState.Checked)
    assert layer.visible == ("p1",)
    answer_dialog(monkeypatch, dock, lambda d: d.name.setText("Tom"))
    tom = dock.add_persona()
    assert layer.visible == ("p1", tom)
    dock.select("p1")
    dock.focus_one.click()
    assert layer.focus == "p1" and layer.visible == ("p1",)
    assert window.scene.card("news").opacity() == DIMMED
    dock.select(tom)
    assert layer.focus == tom
    dock.side_by_side.click()
    assert layer.focus is None and layer.visible == ("p1", tom)
    dock.general.click()
    assert not window.scene.projection.curve.isVisible()
    dock.general.click()
    assert window.scene.projection.curve.isVisible() and window.scene.projection.curve.muted


# ---------------------------------------------------------------- the dialog
def test_dialog_fields_round_trip(qtbot):
    from journeymap.catalogue import catalogue

    dialog = PersonaDialog(FULL, catalogue(), "de")
    qtbot.addWidget(dialog)
    assert dialog.value() == FULL and dialog.changes() == {}
    assert dialog.segment.currentData() == "b2c" and dialog.goals.toPlainText() == "Schnell liefern\nWenig Ausschuss"
    assert dialog.chosen_channels() == ("website", "email")  # in the persona's order, not the catalogue's
    assert dialog.colours.checkedId() == t.PERSONA_COLOURS.index("#E31A1C")
    dialog.name.setText("  Anna M.  ")
    dialog.segment.setCurrentIndex(dialog.segment.findData("b2b"))
    dialog.pains.setPlainText("A\nB\n")
    dialog.quote.setPlainText("Neu")
    dialog.initials.setText("")
    dialog.set_channel("email", False)
    dialog.set_channel("chatbot")
    assert dialog.changes() == {"name": "Anna M.", "segment": "b2b", "pains": ("A", "B"), "quote": "Neu",
                                "initials": "", "channels": ("website", "chatbot")}
    assert dialog.initials.placeholderText() == "AM"  # taken from the name when empty
    dialog.name.setText("")
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_dialog_colour_from_the_palette_or_any(qtbot, monkeypatch):
    from PySide6.QtGui import QColor

    from journeymap.catalogue import catalogue

    dialog = PersonaDialog(FULL, catalogue(), "en")
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a, **k: QColor("#123456"))
    dialog.other_colour.click()
    assert dialog.colour() == "#123456" and dialog.other_colour.isChecked()
    assert dialog.colours.checkedButton() is None
    dialog.colours.button(0).click()
    assert dialog.colour() == t.PERSONA_COLOURS[0] and not dialog.other_colour.isChecked()
    assert dialog.changes() == {"colour": t.PERSONA_COLOURS[0]}
    dialog.channel_filter.setText("mail")
    visible = [dialog.channels.item(i).text() for i in range(dialog.channels.count())
               if not dialog.channels.item(i).isHidden()]
    assert visible and all("mail" in text.lower() for text in visible)


def test_dialog_keeps_channels_the_catalogue_no_longer_has(qtbot):
    from journeymap.catalogue import catalogue

    dialog = PersonaDialog(FULL.model_copy(update={"channels": ("gone_channel",)}), catalogue(), "en")
    qtbot.addWidget(dialog)
    assert dialog.chosen_channels() == ("gone_channel",) and dialog.changes() == {}


# ---------------------------------------------------------------- the inspector
def test_a_chip_puts_the_touchpoint_on_a_persona_path_in_one_step(window):
    window.scene.select_ids(["shop"])
    chips = window.inspector.tp_form.personas
    stack, project = window.document.undo_stack, window.document.project
    chip = chips.chips["p1"]
    assert not chip.isChecked() and chips.emotions["p1"].isHidden()
    start = stack.count()
    chip.click()
    assert project.persona("p1").touchpoint_ids == ("fair", "web", "shop")
    assert stack.count() == start + 1 and stack.undoText() == "Add to the path of Einkäuferin Eva"
    assert chips.chips["p1"].isChecked() and not chips.emotions["p1"].isHidden()
    stack.undo()
    assert project.persona("p1").touchpoint_ids == ("fair", "web") and not chips.chips["p1"].isChecked()
    window.scene.select_ids(["web"])  # taking a card off the path takes the persona's links and emotion there
    chips.chips["p1"].click()
    eva = project.persona("p1")
    assert eva.touchpoint_ids == ("fair",) and eva.link_ids == () and eva.emotions == {}
    stack.undo()
    assert project.persona("p1").link_ids == ("fair-web",) and project.persona("p1").emotions == {"web": -1}


def test_a_chip_puts_a_link_and_its_ends_on_the_path(window):
    window.scene.select_ids(["call-shop"])
    assert window.inspector.stack.currentIndex() == 2
    chips = window.inspector.link_form.personas
    assert not chips.emotions  # links have no emotion
    start = window.document.undo_stack.count()
    chips.chips["p1"].click()
    eva = window.document.project.persona("p1")
    assert eva.link_ids == ("fair-web", "call-shop") and eva.touchpoint_ids == ("fair", "web", "call", "shop")
    assert window.document.undo_stack.count() == start + 1


def test_the_personas_own_emotion_at_a_touchpoint(window):
    window.persona_dock.list.item(0).setCheckState(Qt.CheckState.Checked)
    window.scene.select_ids(["fair"])
    box = window.inspector.tp_form.personas.emotions["p1"]
    stack, project = window.document.undo_stack, window.document.project
    assert box.currentIndex() == 0  # as the touchpoint (+1)
    start = stack.count()
    box.activated.emit(1)  # −2
    assert project.persona("p1").emotions == {"web": -1, "fair": -2}
    assert stack.count() == start + 1
    window.scene.flush_updates()
    band = window.scene.projection.geometry.band
    assert window.scene.persona_layer.curve("p1").points[0][1] == emotion_y(band, -2)
    assert box.currentIndex() == 1
    box.activated.emit(4)  # +1: the same as the touchpoint's, so no own emotion is kept
    assert project.persona("p1").emotions == {"web": -1}
    box.activated.emit(0)  # as general: nothing to change
    assert stack.count() == start + 2
    stack.undo()
    assert project.persona("p1").emotions == {"web": -1, "fair": -2} and box.currentIndex() == 1


# ---------------------------------------------------------------- selection → persona
def test_the_selection_goes_on_a_persona_path_in_one_step(window):
    dock, stack, project = window.persona_dock, window.document.undo_stack, window.document.project
    window.scene.select_ids(["call", "shop", "news", "call-shop"])
    assert dock.assign_action.isEnabled()
    start = stack.count()
    dock.assign_action.trigger()
    eva = project.persona("p1")
    assert eva.touchpoint_ids == ("fair", "web", "call", "shop", "news") and eva.link_ids == ("fair-web", "call-shop")
    assert stack.count() == start + 1
    dock.unassign_action.trigger()
    assert project.persona("p1").touchpoint_ids == ("fair", "web") and project.persona("p1").link_ids == (
        "fair-web",)
    stack.undo()
    stack.undo()
    assert project.persona("p1").touchpoint_ids == ("fair", "web")


def test_the_canvas_context_menu_offers_the_personas(window):
    window.scene.select_ids(["web", "shop"])
    menu = QMenu()
    window.persona_dock.fill_context_menu(menu)
    add = menu.findChild(QMenu, "add_to_persona_menu")
    remove = menu.findChild(QMenu, "remove_from_persona_menu")
    assert [a.text() for a in add.actions()] == ["Einkäuferin Eva"] and add.actions()[0].isEnabled()
    assert [a.text() for a in remove.actions()] == ["Einkäuferin Eva"]  # web is on her path
    add.actions()[0].trigger()
    assert window.document.project.persona("p1").touchpoint_ids == ("fair", "web", "shop")
    window.scene.select_ids([])
    empty = QMenu()
    window.persona_dock.fill_context_menu(empty)
    assert empty.isEmpty()


# ---------------------------------------------------------------- the facilitator's story
def test_facilitator_adds_a_second_persona_to_the_schmidt_sample_saves_and_reopens(window, monkeypatch, tmp_path):
    sample = resource_path("samples", "schmidt.journey")
    assert window.files.open_file(sample)
    project = window.document.project
    assert names(window) == ["Dr. Katrin Vogel"]
    dock = window.persona_dock

    def describe(dialog):
        dialog.name.setText("Tom Berger")
        dialog.role.setText("Einkäufer im Maschinenbau")
        dialog.set_channel("chatbot")

    answer_dialog(monkeypatch, dock, describe)
    tom = dock.add_persona()
    path = ["a_sem", "i_web", "i_chatbot", "c_order"]
    window.scene.select_ids([*path, "ln_a_sem__i_web"])
    dock.assign_action.trigger()
    window.scene.select_ids(["i_chatbot"])
    window.inspector.tp_form.personas.emotions[tom].activated.emit(1)  # Tom: −2 at the chatbot
    dock.list.item(0).setCheckState(Qt.CheckState.Checked)
    window.scene.flush_updates()
    layer = window.scene.persona_layer
    assert layer.visible == ("p_medtech", tom)
    assert len(layer.curve(tom).points) == 4 and len(layer.curve("p_medtech").points) == 14
    assert [e.name for e in layer.legend.entries] == ["Dr. Katrin Vogel", "Tom Berger", "General"]
    target = tmp_path / "workshop.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.files.save_as()
    assert window.files.open_file(target)
    again = load(target)
    assert [p.name for p in again.personas] == ["Dr. Katrin Vogel", "Tom Berger"]
    tom_again = again.personas[1]
    assert tom_again.touchpoint_ids == tuple(path) and tom_again.link_ids == ("ln_a_sem__i_web",)
    assert tom_again.emotions == {"i_chatbot": -2} and tom_again.channels == ("chatbot",)
    assert again.personas[0] == project.persona("p_medtech")
    assert names(window) == ["Dr. Katrin Vogel", "Tom Berger"] and window.persona_dock.list.count() == 2
