"""The view: zoom (buttons, limits, Ctrl+wheel around the cursor, fit), panning, level of detail, show_ids."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from journeymap.canvas import JourneyScene, JourneyView
from journeymap.canvas.items.card import CardItem
from journeymap.canvas.items.link import LinkItem
from journeymap.document import Document
from tests.conftest import journey, link, make_sample, tp
from tests.helpers.canvas import Canvas


@pytest.fixture
def canvas(qtbot, tmp_path) -> Canvas:
    return Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)


def wheel(canvas: Canvas, at: QPoint, steps: int, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    event = QWheelEvent(QPointF(at), QPointF(canvas.viewport.mapToGlobal(at)), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, modifiers, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(canvas.viewport, event)


def test_zoom_in_out_reset_and_limits(canvas, qtbot):
    view = canvas.view
    with qtbot.waitSignal(view.zoom_changed) as signal:
        view.zoom_in()
    assert signal.args == [pytest.approx(1.25)] and view.zoom() == pytest.approx(1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() == pytest.approx(0.8)
    for _ in range(40):
        view.zoom_in()
    assert view.zoom() == pytest.approx(JourneyView.MAX_ZOOM)
    for _ in range(60):
        view.zoom_out()
    assert view.zoom() == pytest.approx(JourneyView.MIN_ZOOM)
    view.zoom_reset()
    assert view.zoom() == 1.0


def test_fit_all_shows_the_whole_map(canvas):
    view = canvas.view
    view.set_zoom(3.0)
    view.fit_all()
    assert view.zoom() < 1.0
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(canvas.scene.map_rect())


def test_ctrl_wheel_zooms_around_the_cursor_and_the_plain_wheel_scrolls(canvas):
    view = canvas.view
    view.set_zoom(1.5)
    at = QPoint(300, 200)
    under = view.mapToScene(at)
    wheel(canvas, at, 2, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom() > 1.5
    after = view.mapToScene(at)
    assert abs(after.x() - under.x()) < 2 / view.zoom() + 1 and abs(after.y() - under.y()) < 2 / view.zoom() + 1
    zoom, scroll = view.zoom(), view.verticalScrollBar().value()
    wheel(canvas, at, -2)
    assert view.zoom() == zoom and view.verticalScrollBar().value() > scroll


def test_middle_button_and_space_drag_pan(canvas):
    view = canvas.view
    view.set_zoom(2.0)
    view.centerOn(canvas.scene.map_rect().center())
    h, v = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
    centre = canvas.centre_of("call")
    canvas.drag(centre, centre + QPointF(-60, -40), button=Qt.MouseButton.MiddleButton)
    assert view.horizontalScrollBar().value() > h and view.verticalScrollBar().value() > v
    assert canvas.project.touchpoint("call").phase == "desire" and canvas.stack.count() == 0
    h = view.horizontalScrollBar().value()
    canvas.qtbot.keyPress(view, Qt.Key.Key_Space)
    canvas.drag(canvas.centre_of("call"), canvas.centre_of("call") + QPointF(-60, 0))  # on a card: pans, not moves
    canvas.qtbot.keyRelease(view, Qt.Key.Key_Space)
    assert view.horizontalScrollBar().value() > h
    assert canvas.stack.count() == 0 and not canvas.scene.selected_touchpoint_ids()


def test_level_of_detail_full_compact_and_simple_by_zoom(canvas, monkeypatch):
    calls: list[str] = []
    monkeypatch.setattr(CardItem, "paint_simple", lambda self, painter, lod: calls.append("simple"))
    monkeypatch.setattr(CardItem, "paint_compact", lambda self, painter, lod, *_: calls.append("compact"))
    monkeypatch.setattr(CardItem, "paint_full", lambda self, painter, scale=True: calls.append("full"))
    for zoom, detail in ((0.25, "simple"), (0.5, "compact"), (0.8, "compact"), (1.0, "full")):
        canvas.view.set_zoom(zoom)
        calls.clear()
        canvas.view.grab()
        assert calls and set(calls) == {detail}, zoom


def test_cards_use_a_device_cache_and_the_scene_a_bsp_index(canvas):
    card = canvas.scene.card("web")
    assert card.cacheMode() == CardItem.CacheMode.DeviceCoordinateCache
    assert canvas.scene.itemIndexMethod() == JourneyScene.ItemIndexMethod.BspTreeIndex
    assert canvas.view.viewportUpdateMode() == JourneyView.ViewportUpdateMode.SmartViewportUpdate


def test_show_ids_selects_and_scrolls_to_far_away_items(qtbot, tmp_path):
    tps = [tp(f"t{i}", "attention", position=float(i)) for i in range(40)] + [tp("far", "advocacy", position=39)]
    canvas = Canvas(qtbot, tmp_path, journey(tps, [link("t0", "far")]), zoom=1.0)
    view = canvas.view
    view.centerOn(0, 0)
    assert not view.mapToScene(view.viewport().rect()).boundingRect().contains(canvas.scene.card("far").card_rect())
    view.show_ids(["far"])
    assert canvas.scene.selected_touchpoint_ids() == ["far"]
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(canvas.scene.card("far").card_rect()) and view.zoom() == 1.0
    view.show_ids(["t0", "far"])  # too far apart for 100 %: zooms out
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert view.zoom() < 1.0
    for tid in ("t0", "far"):
        assert visible.contains(canvas.scene.card(tid).card_rect())
    assert sorted(canvas.scene.selected_touchpoint_ids()) == ["far", "t0"]


def test_the_view_keeps_its_scene_alive(qtbot, tmp_path):
    doc = Document(make_sample(), autosave_folder=tmp_path)
    view = JourneyView(JourneyScene(doc))  # no other reference to the scene
    qtbot.addWidget(view)
    gc.collect()
    assert view.scene() is not None and len([i for i in view.scene().items() if isinstance(i, LinkItem)]) == 5


def test_a_new_view_fits_its_map_to_its_width_and_stretches_the_lanes_to_its_height(qtbot, tmp_path):
    from journeymap.canvas.scene import MARGIN
    from journeymap.catalogue import catalogue
    from journeymap.fileformat import load
    from journeymap.locate import resource_path

    document = Document(load(resource_path("samples", "schmidt.journey")), autosave_folder=tmp_path)
    scene = JourneyScene(document, catalogue(), lang="de")
    view = JourneyView(scene)
    qtbot.addWidget(view)
    view.resize(700, 600)  # a laptop's canvas between two docks
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(10)  # the scroll bars of the first, unfitted look hide on the next turn of the event loop
    assert not view.verticalScrollBar().isVisible() and not view.horizontalScrollBar().isVisible()
    assert view.fitted
    width = scene.map_rect().width() + 2 * MARGIN
    assert view.zoom() == pytest.approx(view.viewport().width() / width, rel=0.01)
    assert scene.map_rect().height() > scene.natural_map_height()  # the lanes reach down to the view's bottom
    assert (scene.map_rect().height() + MARGIN) * view.zoom() == pytest.approx(view.viewport().height(), abs=1)
    view.resize(2400, 1400)
    qtbot.wait(10)
    assert view.fitted and view.zoom() == pytest.approx(view.viewport().width() / width, rel=0.01)
    view.set_zoom(1.0)
    assert not view.fitted
