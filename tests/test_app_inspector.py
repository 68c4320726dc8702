"""The inspector: edits of the selection go through commands, typing merges into one undo step, and the
inspector follows undo/redo without disturbing the field being typed in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journeymap.document import Document
from journeymap.model import Kpi
from tests.conftest import make_sample


@pytest.fixture
def window(window):
    """The shared editor window, showing the sample journey."""
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    return window


def select(window, *ids):
    window.scene.select_ids(ids)
    return window.inspector


def test_selecting_a_touchpoint_shows_its_fields(window):
    inspector = select(window, "shop")
    form = inspector.tp_form
    assert inspector.stack.currentIndex() == 1
    assert form.label.text() == "Online-Shop"
    assert form.emotion.value() == 2
    assert form.kpi_table.table.rowCount() == 1
    assert form.kpi_table.table.item(0, 0).text() == "Konversionsrate"
    entry = window.catalogue.get("online_shop")
    assert form.hint.text() == entry.description.get("en")  # the catalogue's description, in full


def test_typing_in_one_field_is_one_undo_step(window, qtbot):
    form = select(window, "web").tp_form
    stack = window.document.undo_stack
    start = stack.count()
    form.label.setFocus()
    form.label.selectAll()
    qtbot.keyClicks(form.label, "Homepage")
    assert window.document.project.touchpoint("web").label == "Homepage"
    assert stack.count() == start + 1
    assert stack.undoText() == "Rename touchpoint"
    form.owner.setFocus()  # leaving the field ends the typing session
    qtbot.keyClicks(form.owner, "Marketing")
    assert stack.count() == start + 2
    assert window.document.project.touchpoint("web").owner == "Marketing"
    stack.undo()
    assert window.document.project.touchpoint("web").owner == "" and form.owner.text() == ""
    stack.undo()
    assert window.document.project.touchpoint("web").label == "Website" and form.label.text() == "Website"
    stack.redo()
    assert form.label.text() == "Homepage"


def test_empty_label_is_not_pushed_and_comes_back(window, qtbot):
    form = select(window, "web").tp_form
    form.label.setFocus()
    form.label.selectAll()
    qtbot.keyClick(form.label, Qt.Key.Key_Backspace)
    assert form.label.text() == ""
    assert window.document.project.touchpoint("web").label == "Website"
    form.owner.setFocus()
    form.label.editingFinished.emit()
    assert form.label.text() == "Website"


def test_lists_emotion_and_kinds(window, qtbot):
    form = select(window, "call").tp_form
    project = window.document.project
    form.pain_points.setFocus()
    qtbot.keyClicks(form.pain_points, "Lange Wartezeit")
    qtbot.keyClick(form.pain_points, Qt.Key.Key_Return)
    qtbot.keyClicks(form.pain_points, "Niemand ruft an")  # (QTest hangs on non-ASCII key clicks)
    assert project.touchpoint("call").pain_points == ("Lange Wartezeit", "Niemand ruft an")
    assert window.document.undo_stack.undoText() == "Edit pain points"
    form.emotion.buttons[-2].click()
    assert project.touchpoint("call").emotion == -2
    form.emotion.buttons[None].click()
    assert project.touchpoint("call").emotion is None
    form.kind.setCurrentIndex(form.kind.findData("digital"))
    form.contact.setCurrentIndex(form.contact.findData("indirect"))
    tp = project.touchpoint("call")
    assert (tp.kind, tp.contact) == ("digital", "indirect")
    for _ in range(4):
        window.document.undo_stack.undo()
    assert project.touchpoint("call").emotion == -1 and form.emotion.value() == -1
    assert form.kind.currentData() == "analogue"


def test_kpi_table_add_edit_remove_and_undo(window, qtbot):
    form = select(window, "shop").tp_form
    table = form.kpi_table
    project = window.document.project
    table.add_kpi(Kpi(name="Warenkorbabbrüche", unit="%", better="lower"))
    assert len(project.touchpoint("shop").kpis) == 2
    table.table.item(1, 2).setText("20,5")  # target, German decimal comma accepted
    table.table.item(1, 3).setText("31")
    kpi = project.touchpoint("shop").kpis[1]
    assert (kpi.target, kpi.actual, kpi.status()) == (20.5, 31.0, "missed")
    table.table.item(1, 3).setText("not a number")
    assert project.touchpoint("shop").kpis[1].actual == 31.0
    assert table.table.item(1, 3).text() in ("31", "31.0")
    table.table.cellWidget(1, 4).setCurrentIndex(0)
    assert project.touchpoint("shop").kpis[1].better == "higher"
    table.table.selectRow(0)
    table.remove_selected()
    assert [k.name for k in project.touchpoint("shop").kpis] == ["Warenkorbabbrüche"]
    stack = window.document.undo_stack
    for _ in range(5):
        stack.undo()
    assert [k.name for k in project.touchpoint("shop").kpis] == ["Konversionsrate"]
    assert table.table.rowCount() == 1


def test_typical_kpis_come_from_the_catalogue(window):
    form = select(window, "shop").tp_form
    actions = form.kpi_table.typical_menu.actions()
    assert actions and form.kpi_table.typical_button.isEnabled()
    actions[0].trigger()
    assert len(window.document.project.touchpoint("shop").kpis) == 2


def test_link_label_and_kind(window, qtbot):
    inspector = select(window, "fair-web")
    form = inspector.link_form
    assert inspector.stack.currentIndex() == 2
    assert "Messestand" in form.ends.text() and "Website" in form.ends.text()
    form.label.setFocus()
    qtbot.keyClicks(form.label, "fragt nach")
    form.kind.setCurrentIndex(form.kind.findData("alternative"))
    link = window.document.project.link("fair-web")
    assert (link.label, link.kind) == ("fragt nach", "alternative")
    stack = window.document.undo_stack
    stack.undo()
    stack.undo()
    assert window.document.project.link("fair-web").label == "" and form.label.text() == ""


def test_multi_selection_shows_a_count(window):
    inspector = select(window, "fair", "web", "fair-web")
    assert inspector.stack.currentIndex() == 3
    assert inspector.many.summary.text().startswith("2 touchpoints and 1 link selected.")
    assert inspector.many.fields.isHidden()  # with a link in the selection: no shared fields
    inspector = select(window, "fair", "web")
    assert inspector.many.summary.text().startswith("2 touchpoints selected.")
    assert not inspector.many.fields.isHidden()
    inspector = select(window)
    assert inspector.stack.currentIndex() == 0


def test_several_touchpoints_share_their_fields_in_one_undo_step(window, qtbot):
    project = window.document.project
    inspector = select(window, "fair", "call", "shop")  # emotions 1, -1, 2; kinds analogue, analogue, digital
    form = inspector.many
    assert form.kind.currentIndex() == -1 and form.kind.placeholderText() == "(they differ)"
    assert form.contact.currentData() == "direct"  # all direct
    assert form.emotion.value() is None and not any(b.isChecked() for b in form.emotion.buttons.values())
    steps = window.document.undo_stack.count()
    form.emotion.buttons[-1].click()
    assert [project.touchpoint(t).emotion for t in ("fair", "call", "shop")] == [-1, -1, -1]
    digital = form.kind.findData("digital")
    form.kind.setCurrentIndex(digital)  # a pick from the list: the box changes, then says it was activated
    form.kind.activated.emit(digital)
    assert [project.touchpoint(t).kind for t in ("fair", "call", "shop")] == ["digital"] * 3
    form.owner.setFocus()
    qtbot.keyClicks(form.owner, "Vertrieb")
    qtbot.keyClick(form.owner, Qt.Key.Key_Return)
    assert {project.touchpoint(t).owner for t in ("fair", "call", "shop")} == {"Vertrieb"}
    stack = window.document.undo_stack
    assert stack.count() == steps + 3 and stack.undoText() == "Edit 3 touchpoints"
    stack.undo()
    assert [project.touchpoint(t).owner for t in ("fair", "call", "shop")] == ["", "", ""]
    assert form.owner.text() == ""  # the page follows undo
    stack.undo()
    stack.undo()
    assert [project.touchpoint(t).emotion for t in ("fair", "call", "shop")] == [1, -1, 2]
    assert form.emotion.value() is None  # they differ again
    assert [project.touchpoint(t).kind for t in ("fair", "call", "shop")] == ["analogue", "analogue", "digital"]


def test_removed_selection_empties_the_inspector(window):
    inspector = select(window, "news")
    window.scene.delete_selection()
    assert inspector.stack.currentIndex() == 0
