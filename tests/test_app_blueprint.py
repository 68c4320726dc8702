"""The service blueprint view: columns in journey order under their phases, the three labelled lines, cells filled
in place by keyboard (arrows/Tab, Enter/F2, Esc) with one undo step each, the inspector's rows, and the tab."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from journeymap.app.blueprint.table import KIND_ROLE, ROWS
from journeymap.app.catalogue.dock import ENTRY_ID_ROLE
from journeymap.document import Document
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import Touchpoint
from tests.conftest import make_sample


@pytest.fixture
def window(window):
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder))
    window.commands.blueprint.trigger()  # View ▸ Service Blueprint
    QApplication.processEvents()
    return window


def view_of(window):
    assert window.views.workspace.blueprint_visible()
    return window.views.workspace.blueprint


def without_desire(window):
    """Delete "call", the only touchpoint of "desire" (one step): the blueprint view, its model and the gap's column."""
    window.scene.select_ids(["call"])
    window.edit.delete()
    view = view_of(window)
    model = view.blueprint_model()
    return view, model, next(c for c, col in enumerate(model.columns) if col.is_gap)


def cell(view, tid: str, row: str):
    model = view.blueprint_model()
    return model.index(ROWS.index(row), model.column_of(tid))


def test_columns_in_journey_order_under_their_phases_with_the_lines_labelled(window):
    window.document.project.add_touchpoint(Touchpoint(id="web2", label="Blog", phase="interest", position=1.0))
    view = view_of(window)
    model = view.blueprint_model()
    assert [c.touchpoint.id for c in model.columns] == ["fair", "web", "web2", "call", "shop", "news", "review"]
    assert [c.number for c in model.columns] == list(range(1, 8))  # numbered as on the map and in the PDF
    interest = ROWS.index("phase")
    assert view.columnSpan(interest, 1) == 2 and model.index(interest, 1).data() == "Interest"
    for row, label in ((3, "Line of interaction"), (5, "Line of visibility"), (7, "Line of internal interaction")):
        assert model.index(row, 0).data() == label and view.columnSpan(row, 0) == model.columnCount()
        assert model.flags(model.index(row, 0)) == Qt.ItemFlag.NoItemFlags  # the cursor keys pass over it
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(len(ROWS))]
    assert names == ["Phase", "Evidence", "Customer action", "", "Frontstage", "", "Backstage", "", "Support"]
    assert not window.commands.blueprint.isChecked() or window.views.workspace.currentIndex() == 1


def test_a_row_is_filled_without_the_mouse_in_one_undo_step(window, qtbot):
    view = view_of(window)
    view.setFocus()
    view.setCurrentIndex(cell(view, "web", "customer"))
    qtbot.keyClick(view, Qt.Key.Key_Down)  # over the line of interaction to frontstage
    assert view.current_cell() == ("web", "frontstage")
    stack = window.document.undo_stack
    before = stack.count()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # Enter edits
    texts = QApplication.focusWidget()
    assert isinstance(texts, QPlainTextEdit) and texts.objectName() == "blueprint_texts"
    qtbot.keyClicks(texts, "Anfrage beantworten")
    qtbot.keyClick(texts, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # a second step
    qtbot.keyClicks(texts, "Termin anbieten")
    qtbot.keyClick(texts, Qt.Key.Key_Tab)  # on to the owner
    owner = QApplication.focusWidget()
    assert isinstance(owner, QLineEdit) and owner.objectName() == "blueprint_owner"
    qtbot.keyClicks(owner, "Vertrieb")
    qtbot.keyClick(owner, Qt.Key.Key_Return)
    row = window.document.project.touchpoint("web").blueprint.frontstage
    assert (row.texts, row.owner) == (("Anfrage beantworten", "Termin anbieten"), "Vertrieb")
    assert stack.count() == before + 1 and stack.undoText() == "Edit Frontstage of “Website”"
    assert "Anfrage beantworten" in cell(view, "web", "frontstage").data()
    stack.undo()
    assert window.document.project.touchpoint("web").blueprint.frontstage.texts == ()


def test_esc_cancels_and_tab_goes_on_to_the_next_cell(window, qtbot):
    view = view_of(window)
    view.setFocus()
    view.setCurrentIndex(cell(view, "fair", "backstage"))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "verworfen")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.document.project.touchpoint("fair").blueprint.backstage.texts == ()
    assert window.document.undo_stack.count() == 0
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.current_cell() == ("web", "backstage")
    qtbot.keyClicks(view, "S")  # typing starts editing, the key goes into the texts
    texts = QApplication.focusWidget()
    assert isinstance(texts, QPlainTextEdit) and texts.toPlainText() == "S"
    qtbot.keyClicks(texts, "tammdaten pflegen")
    qtbot.keyClick(texts, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # from the owner: saved, and on to the next cell
    assert window.document.project.touchpoint("web").blueprint.backstage.texts == ("Stammdaten pflegen",)
    assert view.current_cell() == ("call", "backstage")


def test_leaving_the_editor_keeps_what_was_typed(window, qtbot):
    view = view_of(window)
    view.setFocus()
    view.setCurrentIndex(cell(view, "shop", "support"))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.keyClicks(QApplication.focusWidget(), "ERP")
    window.catalogue_dock.findChild(QLineEdit).setFocus()  # a click into another panel
    assert window.document.project.touchpoint("shop").blueprint.support.texts == ("ERP",)
    assert view.state() != view.State.EditingState


def test_delete_empties_the_cell_not_the_map(window, qtbot):
    project = window.document.project
    project.set_blueprint_row("call", "support", ["CRM"], "IT")
    view = view_of(window)
    window.scene.select_ids(["call"])
    view.setFocus()
    view.setCurrentIndex(cell(view, "call", "support"))
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert project.has_touchpoint("call")  # the window's Delete did not delete the selected card
    assert project.touchpoint("call").blueprint.support.is_empty()
    assert window.document.undo_stack.count() == 1


def test_the_customer_cell_renames_the_touchpoint(window, qtbot):
    view = view_of(window)
    view.setFocus()
    view.setCurrentIndex(cell(view, "news", "customer"))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.setText("Newsletter für Einkäufer")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert window.document.project.touchpoint("news").label == "Newsletter für Einkäufer"


def test_the_current_column_and_the_map_selection_follow_each_other(window, qtbot):
    view = view_of(window)
    view.setFocus()
    view.setCurrentIndex(cell(view, "shop", "evidence"))
    assert window.scene.selected_touchpoint_ids() == ["shop"]
    assert window.inspector.tp_form.touchpoint.id == "shop"  # the inspector shows the column's touchpoint
    window.views.workspace.setFocus()
    window.scene.select_ids(["news"])
    assert view.currentIndex().column() == view.blueprint_model().column_of("news")


def test_the_inspector_edits_the_rows_too(window, qtbot):
    window.scene.select_ids(["shop"])
    rows = window.inspector.tp_form.blueprint
    rows.texts["evidence"].setFocus()
    for text in ("R", "Re", "Rechnung als PDF"):
        rows.texts["evidence"].setPlainText(text)
    rows.owners["evidence"].setFocus()
    qtbot.keyClicks(rows.owners["evidence"], "Buchhaltung")
    row = window.document.project.touchpoint("shop").blueprint.evidence
    assert (row.texts, row.owner) == (("Rechnung als PDF",), "Buchhaltung")
    assert window.document.undo_stack.count() == 2  # the texts one step, the owner another
    view = view_of(window)
    assert cell(view, "shop", "evidence").data() == "Rechnung als PDF"  # the blueprint follows


def test_the_blueprint_waits_while_hidden_and_catches_up(window):
    window.views.workspace.show_blueprint(False)
    model = window.views.workspace.model
    window.document.project.add_touchpoint(Touchpoint(id="late", label="Spät", phase="advocacy", position=5.0))
    assert "late" not in [c.touchpoint.id for c in model.columns]  # not rebuilt while the map is shown
    window.views.workspace.show_blueprint(True)
    assert [c.touchpoint.id for c in model.columns][-1] == "late"
    assert window.commands.blueprint.isChecked()


def test_the_sample_blueprint_is_on_screen(window):
    data = load(resource_path("samples", "schmidt.journey"))
    window.replace_document(Document(data, autosave_folder=window.autosave_folder))
    QApplication.processEvents()
    view = view_of(window)  # the tab stays on the blueprint for the new journey
    model = view.blueprint_model()
    assert model.columnCount() == len(data.touchpoints)
    shown = {text for c in range(model.columnCount()) for r in range(len(ROWS))
             if model.index(r, c).data(KIND_ROLE) in ("evidence", "frontstage", "backstage", "support")
             for text in (model.index(r, c).data() or "").split("\n") if text}
    expected = {text for tp in data.touchpoints for row in ("evidence", "frontstage", "backstage", "support")
                for text in tp.blueprint.row(row).texts}
    assert shown == expected and len(expected) >= 6
    assert view.rowHeight(ROWS.index("backstage")) >= 64


def test_a_phase_without_touchpoints_keeps_a_column_that_says_so(window, qtbot):
    window.scene.select_ids(["call"])  # the only touchpoint of "desire"
    window.edit.delete()
    view = view_of(window)
    model = view.blueprint_model()
    assert [c.touchpoint.id if c.touchpoint else None for c in model.columns] == \
        ["fair", "web", None, "shop", "news", "review"]
    assert [c.number for c in model.columns] == [1, 2, 0, 3, 4, 5]  # the gap takes no number from the map's
    gap = 2
    assert model.index(ROWS.index("phase"), gap).data() == "Desire"
    customer = model.index(ROWS.index("customer"), gap)
    assert customer.data() == "No touchpoint in this phase yet"
    assert "catalogue" in customer.data(Qt.ItemDataRole.ToolTipRole)
    assert all(model.flags(model.index(r, gap)) == Qt.ItemFlag.NoItemFlags for r in range(len(ROWS))
               if ROWS[r] != "customer")
    assert model.flags(customer) == Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # not editable
    assert not model.setData(model.index(ROWS.index("evidence"), gap), {"texts": ["x"], "owner": ""})
    assert not model.setData(customer, "Chat")
    assert view.columnWidth(gap) < view.columnWidth(gap + 1) or model.columns[gap + 1].is_empty
    view.setFocus()
    view.setCurrentIndex(cell(view, "web", "customer"))
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the arrow keys stop at the gap: nothing is selected on the map
    assert view.currentIndex().column() == gap and window.scene.selected_touchpoint_ids() == []
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.currentIndex().column() == model.column_of("shop")
    assert window.scene.selected_touchpoint_ids() == ["shop"]
    window.document.undo()  # the touchpoint comes back and takes the gap's place
    assert [c.touchpoint.id for c in model.columns] == ["fair", "web", "call", "shop", "news", "review"]


def test_the_gap_speaks_german(german):
    german.replace_document(Document(make_sample(), autosave_folder=german.autosave_folder))
    german.scene.select_ids(["review"])
    german.edit.delete()
    german.commands.blueprint.trigger()
    QApplication.processEvents()
    model = german.views.workspace.blueprint.blueprint_model()
    customer = model.index(ROWS.index("customer"), model.columnCount() - 1)
    assert customer.data() == "In dieser Phase noch kein Touchpoint"
    assert "Katalog" in customer.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(ROWS.index("phase"), model.columnCount() - 1).data() == "Empfehlung"


def _drag_over(view, x: int, payload: str = "website"):
    from PySide6.QtCore import QEvent, QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from journeymap.canvas.mime import entry_mime

    mime = entry_mime(payload)
    pos = QPoint(x, view.rowViewportPosition(ROWS.index("customer")) + 20)
    buttons, mods, action = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos, action, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(pos, action, mime, buttons, mods, QEvent.Type.DragMove)
    QApplication.sendEvent(view.viewport(), move)
    lit = view.drop_rect()
    drop = QDropEvent(QPointF(pos), action, mime, buttons, mods, QEvent.Type.Drop)
    QApplication.sendEvent(view.viewport(), drop)
    QApplication.processEvents()
    return enter, lit, drop


def test_a_catalogue_entry_dropped_on_a_gap_fills_that_phase(window, qtbot):
    view, model, gap = without_desire(window)
    steps = window.document.undo_stack.count()
    x = view.columnViewportPosition(gap) + view.columnWidth(gap) // 2
    enter, lit, drop = _drag_over(view, x)
    assert enter.isAccepted() and drop.isAccepted()
    assert lit is not None and lit.left() == view.columnViewportPosition(gap) and \
        lit.width() == view.columnWidth(gap)  # the phase under the pointer lights up while dragging
    assert view.drop_rect() is None  # and goes dark after the drop
    added = [tp for tp in window.document.project.touchpoints if tp.phase == "desire"]
    assert len(added) == 1 and added[0].catalogue_id == "website"
    assert window.document.undo_stack.count() == steps + 1  # one undo step
    assert not any(col.is_gap for col in model.columns)
    current = view.currentIndex()
    assert current.column() == model.column_of(added[0].id) and current.row() == ROWS.index("customer")
    assert window.scene.selected_touchpoint_ids() == [added[0].id]  # the map and the inspector follow
    window.document.undo()
    assert any(col.is_gap for col in model.columns)


def test_a_drop_on_a_touchpoint_column_adds_to_its_phase_and_garbage_is_refused(window):
    view = view_of(window)
    model = view.blueprint_model()
    column = model.column_of("shop")
    x = view.columnViewportPosition(column) + 10
    before = len(window.document.project.touchpoints)
    _drag_over(view, x, payload="no-such-entry")
    assert len(window.document.project.touchpoints) == before  # an unknown entry: nothing happens
    _drag_over(view, x)
    action = [tp for tp in window.document.project.touchpoints if tp.phase == "action"]
    assert len(action) == 2 and len(window.document.project.touchpoints) == before + 1


def test_a_drag_held_at_an_edge_scrolls_the_blueprint_but_passing_over_it_does_not(window, qtbot):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QDragEnterEvent, QDragLeaveEvent, QDragMoveEvent

    from journeymap.canvas.mime import entry_mime

    window.resize(900, 700)
    view = view_of(window)
    QApplication.processEvents()
    bar = view.horizontalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    mime, action = entry_mime("website"), Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    def move(x: int, kind=QEvent.Type.DragMove) -> None:
        pos = QPoint(x, 100)
        event = QDragEnterEvent(pos, action, mime, buttons, mods) if kind == QEvent.Type.DragEnter else \
            QDragMoveEvent(pos, action, mime, buttons, mods, kind)
        QApplication.sendEvent(view.viewport(), event)

    move(5, QEvent.Type.DragEnter)  # in over the left edge ...
    qtbot.wait(150)
    move(300)  # ... and on: nothing scrolled
    qtbot.wait(600)
    assert bar.value() == bar.maximum()
    move(5)  # held at the edge: it scrolls along
    qtbot.waitUntil(lambda: bar.value() < bar.maximum(), timeout=3000)
    QApplication.sendEvent(view.viewport(), QDragLeaveEvent())
    stopped = bar.value()
    qtbot.wait(300)
    assert bar.value() == stopped and view.drop_rect() is None  # the drag left: no more scrolling, nothing lit


def test_enter_on_a_gap_offers_the_catalogue_for_that_phase_and_enter_there_fills_it(window, qtbot):
    view, model, gap = without_desire(window)
    view.setFocus()
    view.setCurrentIndex(cell(view, "web", "customer"))
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dock = window.catalogue_dock
    assert dock.phase() == "desire" and dock.list.hasFocus()  # the entries that suit the phase, the first current
    entry = dock.list.currentIndex().data(ENTRY_ID_ROLE)
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)
    added = [tp for tp in window.document.project.touchpoints if tp.phase == "desire"]
    assert [tp.catalogue_id for tp in added] == [entry]
    assert not any(col.is_gap for col in model.columns) and gap < len(model.columns)


def test_a_read_only_journey_is_edited_here_too(window, qtbot):
    """Read-only means its file is not written (it is saved as a copy), as the notice says: the blueprint and the
    opportunities are edited like the map and the inspector."""
    window.replace_document(Document(make_sample(), autosave_folder=window.autosave_folder, read_only=True))
    QApplication.processEvents()
    assert window.document.is_read_only()
    view = view_of(window)
    index = cell(view, "shop", "frontstage")
    assert view.blueprint_model().flags(index) & Qt.ItemFlag.ItemIsEditable
    assert view.blueprint_model().setData(index, {"texts": ["Versandbestätigung"], "owner": ""})
    assert window.document.project.touchpoint("shop").blueprint.frontstage.texts == ("Versandbestätigung",)
    dock = window.views.opportunities
    assert dock.add.isEnabled()
    dock.rate("op-call", 3, 1)
    assert (window.document.project.opportunity("op-call").impact,
            window.document.project.opportunity("op-call").effort) == (3, 1)
