"""The Opportunities panel: a sortable list, the impact/effort matrix (a chip dragged between quadrants is one undo
step), the status changed by keyboard, the filter by owner or status that also dims the map, adding and deleting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox

from journeymap.app.opportunities.list_model import COLUMNS, ID_ROLE
from journeymap.canvas.items.persona_items import DIMMED
from journeymap.document import Document
from journeymap.fileformat import load
from journeymap.locate import resource_path


@pytest.fixture
def window(window):
    data = load(resource_path("samples", "schmidt.journey"))
    window.replace_document(Document(data, autosave_folder=window.autosave_folder))
    window.views.opportunities.show()
    window.views.opportunities.raise_()
    QApplication.processEvents()
    return window


def dock_of(window):
    return window.views.opportunities


def ids_in_list(dock) -> list[str]:
    model = dock.table.model()
    return [model.index(r, 0).data(ID_ROLE) for r in range(model.rowCount())]


def test_the_list_shows_every_opportunity_and_sorts_by_any_column(window):
    dock = dock_of(window)
    project = window.document.project
    assert ids_in_list(dock) == [o.id for o in project.opportunities]
    dock.table.sortByColumn(COLUMNS.index("impact"), Qt.SortOrder.DescendingOrder)
    impacts = [project.opportunity(i).impact or 0 for i in ids_in_list(dock)]
    assert impacts == sorted(impacts, reverse=True)
    dock.table.sortByColumn(COLUMNS.index("status"), Qt.SortOrder.AscendingOrder)
    order = ("idea", "planned", "in_progress", "done")
    statuses = [order.index(project.opportunity(i).status) for i in ids_in_list(dock)]
    assert statuses == sorted(statuses)


def test_a_facilitator_sets_planned_without_the_mouse(window, qtbot):
    dock = dock_of(window)
    project = window.document.project
    target = next(o for o in project.opportunities if o.status == "idea")
    dock.show_opportunity(target.id)  # as the inspector's Enter on one of a touchpoint's opportunities does
    table = dock.table
    assert QApplication.focusWidget() is table and table.currentIndex().data(ID_ROLE) == target.id
    for _ in range(COLUMNS.index("status")):
        qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter edits: a choice of the statuses
    box = QApplication.focusWidget()
    assert isinstance(box, QComboBox) and box.currentData() == "idea"
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == "planned"
    qtbot.keyClick(box, Qt.Key.Key_Return)  # (Qt saves a choice on the next turn of the event loop)
    qtbot.waitUntil(lambda: project.opportunity(target.id).status == "planned", timeout=1000)
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Change the status of an opportunity"
    stack.undo()
    assert project.opportunity(target.id).status == "idea"


def test_dragging_a_chip_into_another_quadrant_rates_it_in_one_step(window, qtbot):
    dock = dock_of(window)
    dock.tabs.setCurrentWidget(dock.matrix)
    matrix = dock.matrix
    matrix.resize(420, 380)
    dock.show()
    QApplication.processEvents()
    matrix._layout()
    project = window.document.project
    opp = next(o for o in project.opportunities if (o.impact, o.effort) == (1, 2))  # a thankless task
    start = matrix.chip_rect(opp.id).center()
    goal = matrix.cell_rect(3, 1).center()  # quick wins
    qtbot.mousePress(matrix, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(matrix, start + QPoint(10, -10))
    qtbot.mouseMove(matrix, goal)
    qtbot.mouseRelease(matrix, Qt.MouseButton.LeftButton, pos=goal)
    assert (project.opportunity(opp.id).impact, project.opportunity(opp.id).effort) == (3, 1)
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Rate opportunity"
    assert matrix.chip_rect(opp.id) is not None and matrix.cell_rect(3, 1).contains(matrix.chip_rect(opp.id))
    stack.undo()
    assert (project.opportunity(opp.id).impact, project.opportunity(opp.id).effort) == (1, 2)
    tray = matrix.cell_rect(None, None).center()  # into the tray: not rated any more
    start = matrix.chip_rect(opp.id).center()
    qtbot.mousePress(matrix, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(matrix, start + QPoint(10, 10))
    qtbot.mouseRelease(matrix, Qt.MouseButton.LeftButton, pos=tray)
    assert project.opportunity(opp.id).impact is None and project.opportunity(opp.id).effort is None


def test_the_matrix_by_keyboard(window, qtbot):
    dock = dock_of(window)
    dock.tabs.setCurrentWidget(dock.matrix)
    matrix = dock.matrix
    matrix.setFocus()
    first = matrix.current
    assert first is not None  # focus chooses the first chip
    qtbot.keyClick(matrix, Qt.Key.Key_Right)
    assert matrix.current != first
    chosen = window.document.project.opportunity(matrix.current)
    qtbot.keyClick(matrix, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)  # less impact
    after = window.document.project.opportunity(chosen.id)
    assert after.impact == max(1, (chosen.impact or 2) - (1 if chosen.impact else 0))
    assert window.document.undo_stack.count() == (1 if after.impact != chosen.impact else 0)


def test_the_filter_narrows_list_matrix_and_map(window, qtbot):
    dock = dock_of(window)
    project = window.document.project
    dock.owner.setCurrentIndex(dock.owner.findData("IT"))
    mine = [o for o in project.opportunities if o.owner == "IT"]
    assert ids_in_list(dock) == [o.id for o in mine]
    assert {o.id for o in dock.matrix.items} == {o.id for o in mine}
    kept = {t for o in mine for t in o.touchpoint_ids}
    for tid, card in window.scene.projection.cards.items():
        assert card.opacity() == (1.0 if tid in kept else DIMMED), tid
    assert "of 7 shown" in dock.summary.text()
    dock.status.setCurrentIndex(dock.status.findData("planned"))
    assert ids_in_list(dock) == [o.id for o in mine if o.status == "planned"]
    dock.owner.setCurrentIndex(0)
    dock.status.setCurrentIndex(0)
    assert all(card.opacity() == 1.0 for card in window.scene.projection.cards.values())
    dock.owner.setCurrentIndex(dock.owner.findData(""))  # nobody yet
    assert [project.opportunity(i).owner for i in ids_in_list(dock)] == [""]
    assert window.document.undo_stack.count() == 0  # filtering is no edit


def test_add_for_the_selected_touchpoints_and_delete(window, qtbot):
    dock = dock_of(window)
    project = window.document.project
    window.scene.select_ids(["i_web", "i_config"])
    before = len(project.opportunities)
    oid = dock.add_opportunity()
    assert len(project.opportunities) == before + 1
    assert set(project.opportunity(oid).touchpoint_ids) == {"i_web", "i_config"}
    editor = QApplication.focusWidget()  # its text is in edit at once
    qtbot.keyClicks(editor, "Preise online zeigen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: project.opportunity(oid).text == "Preise online zeigen", timeout=1000)
    assert window.document.undo_stack.count() == 2
    dock.table.setFocus()
    qtbot.keyClick(dock.table, Qt.Key.Key_Delete)
    assert not project.has_opportunity(oid)
    assert project.has_touchpoint("i_web") and project.has_touchpoint("i_config")  # not the map's selection


def test_the_inspector_adds_shows_and_removes_a_touchpoints_opportunities(window, qtbot):
    project = window.document.project
    window.scene.select_ids(["d_visit"])
    opportunities = window.inspector.tp_form.opportunities
    qtbot.keyClicks(opportunities.new, "Besucherparkplatz ausschildern")
    qtbot.keyClick(opportunities.new, Qt.Key.Key_Return)
    added = [o for o in project.opportunities_of("d_visit")]
    assert [o.text for o in added] == ["Besucherparkplatz ausschildern"] and added[0].status == "idea"
    assert opportunities.list.count() == 1
    opportunities.list.setCurrentRow(0)
    opportunities.list.itemActivated.emit(opportunities.list.item(0))  # Enter on it: shown in the panel
    dock = dock_of(window)
    assert dock.isVisible() and dock.table.currentIndex().data(ID_ROLE) == added[0].id
    window.scene.select_ids(["c_tracking"])  # belongs to op-2 with l_portal: removing takes it off c_tracking only
    opportunities.list.setCurrentRow(0)
    opportunities.remove.click()
    assert project.has_opportunity("op-2") and project.opportunity("op-2").touchpoint_ids == ("l_portal",)
    window.scene.select_ids(["d_visit"])  # Delete in the inspector's list takes the opportunity, not the card
    opportunities.list.setCurrentRow(0)
    opportunities.list.setFocus()
    qtbot.keyClick(opportunities.list, Qt.Key.Key_Delete)
    assert not project.opportunities_of("d_visit") and project.has_touchpoint("d_visit")
