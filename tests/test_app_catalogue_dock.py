"""The catalogue dock: names and icons in the UI language, filters, search, drag payload, Enter/double-click."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QApplication

from journeymap.app.catalogue.dock import ENTRY_ID_ROLE, CatalogueDock, short_description
from journeymap.canvas import TOUCHPOINT_MIME
from journeymap.catalogue import catalogue
from tests.helpers.app import drag_events


@pytest.fixture
def dock(qtbot):
    widget = CatalogueDock(catalogue(), "de")
    qtbot.addWidget(widget)
    return widget


def test_rows_show_name_icon_and_tooltip_in_the_language(dock):
    cat = catalogue()
    index = dock.model.index(0)
    entry = cat.entries[0]
    assert index.data() == entry.name.get("de")
    assert not index.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert short_description(entry, "de") in index.data(Qt.ItemDataRole.ToolTipRole)
    dock.set_language("en")
    assert index.data() == entry.name.get("en")
    assert dock.model.rowCount() == len(cat)


def test_filters_by_phase_and_kind(dock):
    cat = catalogue()
    dock.set_filters(phase="action")
    assert dock.visible_entry_ids() == [e.id for e in cat.filter("action")]
    dock.set_filters(phase="action", kind="analogue")
    ids = dock.visible_entry_ids()
    assert ids == [e.id for e in cat.filter("action", "analogue")] and ids
    dock.set_filters()
    assert len(dock.visible_entry_ids()) == len(cat)


def test_search_uses_the_catalogue_search(dock, qtbot):
    cat = catalogue()
    qtbot.keyClicks(dock.search, "messe")
    assert dock.visible_entry_ids() == [e.id for e in cat.search("messe")]
    assert dock.visible_entry_ids()
    dock.search.clear()
    assert len(dock.visible_entry_ids()) == len(cat)


def test_drag_carries_only_the_entry_id(dock):
    index = dock.proxy.index(2, 0)
    mime = dock.proxy.mimeData([index])
    assert mime.formats() == [TOUCHPOINT_MIME]
    assert bytes(mime.data(TOUCHPOINT_MIME)).decode() == index.data(ENTRY_ID_ROLE)


def test_enter_adds_to_the_selected_lane(window, qtbot):
    dock = window.catalogue_dock
    window.add_from_catalogue("website")  # a first card, selected, in the first lane it suits
    project = window.document.project
    first = project.touchpoints[0]
    dock.set_filters(text="newsletter")
    dock.list.setFocus()
    dock.list.setCurrentIndex(dock.proxy.index(0, 0))
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)
    assert len(project.touchpoints) == 2
    added = project.touchpoints[1]
    assert added.catalogue_id == "newsletter" and added.phase == first.phase


def test_double_click_adds_a_touchpoint(window, qtbot):
    dock = window.catalogue_dock
    dock.set_filters(text="chatbot")
    rect = dock.list.visualRect(dock.proxy.index(0, 0))
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # the view wants a press
    qtbot.mouseDClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [t.catalogue_id for t in window.document.project.touchpoints] == ["chatbot"]


def test_palette_drop_onto_the_canvas_adds_in_the_lane_under_the_cursor(window, qtbot):
    view, scene = window.view, window.scene
    view.zoom_reset()
    mime = window.catalogue_dock.proxy.mimeData([_row_of(window.catalogue_dock, "email")])
    lane = window.document.project.phase_model.ids().index("interest")
    target = view.mapFromScene(QPointF(lane * 260 + 130, 180)).toPointF()
    for event in drag_events(target, mime):
        QApplication.sendEvent(view.viewport(), event)
    tps = window.document.project.touchpoints
    assert [(t.catalogue_id, t.phase) for t in tps] == [("email", "interest")]
    assert scene.selected_touchpoint_ids() == [tps[0].id]


def _row_of(dock: CatalogueDock, entry_id: str):
    for row in range(dock.proxy.rowCount()):
        index = dock.proxy.index(row, 0)
        if index.data(ENTRY_ID_ROLE) == entry_id:
            return index
    raise KeyError(entry_id)


def test_with_nothing_selected_enter_adds_to_the_phase_the_catalogue_shows(window, qtbot):
    dock = window.catalogue_dock
    project = window.document.project
    dock.set_filters(phase="loyalty")
    dock.list.setFocus()
    dock.list.setCurrentIndex(dock.proxy.index(0, 0))
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)
    assert [tp.phase for tp in project.touchpoints] == ["loyalty"]  # not the first lane
    dock.set_filters(phase="interest")
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)  # the new card is selected: its lane wins over the filter
    assert [tp.phase for tp in project.touchpoints] == ["loyalty", "loyalty"]
