"""The canvas's faster drawing and updating (issue 13) shows and keeps the same map: batched hairline links, links
drawn as cached straight segments, the emotion curve kept lane by lane, forced full detail, the build with the
collector paused."""

from __future__ import annotations

import gc
import math
from itertools import pairwise

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsItem

from benchmarks.make_big import make_big
from journeymap.canvas.items.overview import OVERVIEW_ZOOM
from journeymap.canvas.items.persona_items import dim
from journeymap.canvas.items.polylines import FLATNESS, flatten
from journeymap.catalogue import catalogue
from journeymap.collector import paused_gc
from journeymap.commands import EditTouchpoint, MoveTouchpoints
from journeymap.layout import bezier_point, curve_points
from journeymap.layout import theme as t
from tests.conftest import make_sample
from tests.helpers.canvas import Canvas

NO_CONTENTS = QGraphicsItem.GraphicsItemFlag.ItemHasNoContents


def render(scene, source: QRectF, scale: float) -> QImage:
    width, height = round(source.width() * scale), round(source.height() * scale)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), source)
    painter.end()
    return image


def test_hairline_links_are_drawn_by_one_item_between_the_overview_and_full_links(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    scene, view = canvas.scene, canvas.view
    assert not scene.links_batched and not scene.link_batch_item.isVisible()
    view.set_zoom((OVERVIEW_ZOOM + t.LOD_THRESHOLD) / 2)
    assert scene.links_batched and scene.link_batch_item.isVisible() and not scene.overview
    assert all(item.flags() & NO_CONTENTS for item in scene.link_items())
    assert not any(card.flags() & NO_CONTENTS for card in scene.cards())
    view.set_zoom(OVERVIEW_ZOOM / 2)  # the overview draws the links itself
    assert scene.overview and not scene.links_batched and not scene.link_batch_item.isVisible()
    assert all(item.flags() & NO_CONTENTS for item in scene.link_items())
    view.zoom_reset()
    assert not scene.overview and not scene.links_batched
    assert not any(item.flags() & NO_CONTENTS for item in scene.link_items())


@pytest.mark.parametrize("scale", [0.25, 0.35])
def test_batched_links_look_as_the_links_drawing_themselves(qtbot, tmp_path, monkeypatch, scale):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    scene = canvas.scene
    links = [item.lid for item in scene.link_items()]
    assert len(links) >= 3
    scene.select_ids([links[0]])
    dim(scene.link_item(links[1]), True)  # as the persona focus or the opportunities' filter dims it
    scene.link_item(links[2]).setVisible(False)
    whole = scene.map_rect()
    batched = render(scene, whole, scale)
    assert not scene.links_batched  # only for the picture
    monkeypatch.setattr(type(scene), "set_links_batched", lambda self, on: None)
    one_by_one = render(scene, whole, scale)
    assert batched == one_by_one


def test_a_link_added_while_batched_is_drawn_once(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    scene = canvas.scene
    canvas.view.set_zoom(0.3)
    assert scene.links_batched
    lid = scene.add_link("fair", "review")
    assert lid is not None and scene.link_item(lid).flags() & NO_CONTENTS


@pytest.mark.parametrize("scale", [0.25, 1.0, 4.0])
def test_flattened_routes_stay_within_a_fraction_of_a_device_pixel(scale):
    route = (((0.0, 0.0), (120.0, 0.0), (80.0, 300.0), (200.0, 300.0)),
             ((200.0, 300.0), (200.0, 300.0), (200.0, 400.0), (200.0, 400.0)))  # a curve, then a straight run
    lines = flatten(route, scale)
    assert lines[0].p1().toTuple() == (0.0, 0.0) and lines[-1].p2().toTuple() == (200.0, 400.0)
    assert all(a.p2() == b.p1() for a, b in pairwise(lines))  # one connected polyline
    assert lines[-1].dx() == 0 and lines[-1].length() == pytest.approx(100.0)  # the straight run: one segment
    samples = [bezier_point(route[0], k / 200) for k in range(201)]
    for x, y in samples:  # every point of the curve is near the polyline
        distance = min(_to_segment(x, y, line) for line in lines)
        assert distance * scale <= FLATNESS + 1e-6


def _to_segment(x: float, y: float, line) -> float:
    ax, ay, bx, by = line.x1(), line.y1(), line.x2(), line.y2()
    dx, dy = bx - ax, by - ay
    u = max(0.0, min(1.0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy or 1.0)))
    return math.hypot(ax + u * dx - x, ay + u * dy - y)


def test_the_emotion_curve_kept_lane_by_lane_is_the_curve_of_the_model(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_big(120, 240), zoom=1.0)
    scene, project, doc = canvas.scene, canvas.project, canvas.doc

    def expected():
        return curve_points(project.phase_model, scene.projection.geometry.band, project.touchpoints)

    assert scene.projection.curve.points == expected()
    tps = project.touchpoints
    doc.push(MoveTouchpoints(project, {tps[3].id: (tps[10].phase, 60.0), tps[7].id: (tps[8].phase, 61.0)}))
    doc.push(EditTouchpoint(project, tps[5].id, {"emotion": -2 if tps[5].emotion != -2 else 2}))
    doc.push(EditTouchpoint(project, tps[9].id, {"emotion": None}))
    scene.flush_updates()
    assert scene.projection.curve.points == expected()
    canvas.stack.undo()
    canvas.stack.undo()
    canvas.stack.undo()
    scene.flush_updates()
    assert scene.projection.curve.points == expected()


def test_full_detail_forced_draws_labels_where_the_zoom_would_not(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    scene = canvas.scene
    area = scene.card("web").sceneBoundingRect()
    simple = render(scene, area, 0.25)
    scene.full_detail = True
    full = render(scene, area, 0.25)
    scene.full_detail = False
    assert full != simple
    assert render(scene, area, 0.25) == simple


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_put_back_as_it_was_after_a_build(enabled):
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        with paused_gc():
            assert not gc.isenabled()
        assert gc.isenabled() == enabled
        with pytest.raises(RuntimeError), paused_gc():
            raise RuntimeError("build failed")
        assert gc.isenabled() == enabled
    finally:
        gc.enable() if was else gc.disable()


def test_phase_fit_is_worked_out_once_per_entry_and_phase():
    cat = catalogue()
    first = cat.fits_phase("website", "loyalty")
    assert cat.fits_phase("website", "loyalty") is first
    assert cat.fits_phase("website", "attention") is not first
    assert first == cat._fits_phase("website", "loyalty")
