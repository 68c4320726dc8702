"""Full-detail drawing made cheaper (issue 13) and still the same map: the loop-backs' shared tracks drawn once, the
dashes of curved links as straight pieces, small pictures copied from pixmaps (and kept as vectors in SVG), the
phase-fit hint drawn by its card, the items' bounds kept by Qt."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from benchmarks.make_big import make_big
from journeymap.canvas import stamps
from journeymap.canvas.items import card_parts, faces
from journeymap.canvas.items.markers import FitHint
from journeymap.canvas.items.polylines import dashed, flatten
from journeymap.canvas.items.tracks import merged
from journeymap.canvas.pictures import render_svg
from journeymap.layout.geometry import LANES_TOP
from tests.conftest import make_sample
from tests.helpers.canvas import Canvas


def render(scene, source: QRectF, scale: float = 1.0) -> QImage:
    image = QImage(round(source.width() * scale), round(source.height() * scale),
                   QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), source)
    painter.end()
    return image


def inked(image: QImage, x: int, y0: int, y1: int) -> list[bool]:
    """Per pixel of column `x` from `y0` to `y1`: is it clearly darker than the background?"""
    return [QColor(image.pixel(x, y)).lightness() < 200 for y in range(y0, y1)]


def test_runs_on_one_line_merge_into_their_union():
    assert merged([(3.0, 8.0), (0.0, 5.0), (12.0, 13.0), (10.0, 12.0), (20.0, 21.0)]) == \
        [(0.0, 8.0), (10.0, 13.0), (20.0, 21.0)]
    assert merged([]) == []


def test_dashes_follow_the_pattern_along_the_route_and_carry_on_from_where_a_piece_starts():
    straight = ((0.0, 0.0), (0.0, 0.0), (100.0, 0.0), (100.0, 0.0))
    dashes = dashed([(0.0, straight)], [6.0, 4.0], 1.0)
    assert [(round(d.x1(), 6), round(d.x2(), 6)) for d in dashes] == [(10.0 * k, 10.0 * k + 6) for k in range(10)]
    later = dashed([(3.0, straight)], [6.0, 4.0], 1.0)  # 3 px of the pattern were used before this piece
    assert later[0].x1() == 0.0 and later[0].x2() == pytest.approx(3.0) and later[1].x1() == pytest.approx(7.0)
    curve = ((0.0, 0.0), (120.0, 0.0), (80.0, 300.0), (200.0, 300.0))
    polyline = flatten([curve], 1.0)
    length = sum(line.length() for line in polyline)
    on = sum(d.length() for d in dashed([(0.0, curve)], [6.0, 4.0], 1.0))
    assert on == pytest.approx(length * 0.6, abs=6.0)  # 60 % of the way is ink
    for d in dashed([(0.0, curve)], [6.0, 4.0], 1.0):  # every dash lies on the line
        for point in (d.p1(), d.p2()):
            assert min(_distance(point, line) for line in polyline) < 1e-6


def _distance(point: QPointF, line) -> float:
    ax, ay, dx, dy = line.x1(), line.y1(), line.dx(), line.dy()
    u = max(0.0, min(1.0, ((point.x() - ax) * dx + (point.y() - ay) * dy) / (dx * dx + dy * dy or 1.0)))
    return math.hypot(ax + u * dx - point.x(), ay + u * dy - point.y())


def _on_cubic(curve, u: float) -> QPointF:
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = curve
    v = 1 - u
    a, b, c, d = v ** 3, 3 * v * v * u, 3 * v * u * u, u ** 3
    return QPointF(a * x0 + b * x1 + c * x2 + d * x3, a * y0 + b * y1 + c * y2 + d * y3)


@pytest.mark.parametrize("scale", [0.25, 1.0, 4.0])
def test_flattening_stays_within_half_a_pixel_and_spends_segments_where_the_curve_bends(scale):
    step = ((0.0, 0.0), (130.0, 0.0), (130.0, 1400.0), (260.0, 1400.0))  # a step link down a long way
    bulge = ((0.0, 0.0), (60.0, 0.0), (60.0, 120.0), (0.0, 120.0))  # a link within one lane
    for curve in (step, bulge):
        lines = flatten([curve], scale)
        assert lines[0].p1() == QPointF(*curve[0]) and lines[-1].p2() == QPointF(*curve[3])
        for k in range(401):
            assert min(_distance(_on_cubic(curve, k / 400), line) for line in lines) <= 0.5 / scale + 1e-9
    # halving where it bends: far fewer segments than equal steps within the same distance (≈ 46 at 100 %)
    assert len(flatten([step], 1.0)) <= 30


def test_flattening_ends_on_curves_without_a_chord():
    assert flatten([((5.0, 5.0), (5.0, 5.0), (5.0, 5.0), (5.0, 5.0))], 1.0) == []
    loop = flatten([((0.0, 0.0), (80.0, -60.0), (80.0, 60.0), (0.0, 0.0))], 1.0)  # starts and ends at one point
    assert 4 <= len(loop) <= 200
    assert max(line.p2().x() for line in loop) > 55


@pytest.fixture
def loops(qtbot, tmp_path):
    """A map whose loop-backs share the gutters and the track above the lanes, shown at 100 %."""
    canvas = Canvas(qtbot, tmp_path, make_big(120, 300), zoom=1.0)
    items = [item for item in canvas.scene.link_items() if item.link.kind == "loop_back"]
    assert len(items) >= 3
    return canvas, items


def _gutter(scene, items):
    """x of the gutter the loop-backs climb, and a stretch of it (y from, to) that all of them share."""
    x = {item.shared_runs()[1][1] for item in items}  # the run up the gutter right of the source
    assert len(x) == 1
    return x.pop(), LANES_TOP + 20, min(item.route[0][0][1] for item in items) - 20


def test_loop_backs_on_one_track_are_dotted_once_by_the_track_item(loops, monkeypatch):
    canvas, items = loops
    scene = canvas.scene
    assert scene.track_item.isVisible()
    x, y0, y1 = _gutter(scene, items)
    source = QRectF(x - 10, y0, 20, y1 - y0)
    column = inked(render(scene, source), 10, 0, round(y1 - y0))
    assert 0.2 < sum(column) / len(column) < 0.6  # dotted (1.5 on, 3 off): not a solid line of overlapping dots
    scene.track_item.setVisible(False)  # each link dots its own runs: the same dots, anchored to the scene
    assert inked(render(scene, source), 10, 0, round(y1 - y0)) == column
    scene.track_item.setVisible(True)
    with monkeypatch.context() as patch:  # the track item is what draws them while it shows
        patch.setattr(scene.track_item, "_merged_lines", list)
        assert not any(inked(render(scene, source), 10, 0, round(y1 - y0)))
    scene.select_ids([items[0].lid])  # a selected loop-back draws its own runs in the selection's colour
    picture = render(scene, source)
    blue = [QColor(picture.pixel(10, y)) for y in range(round(y1 - y0))]
    assert any(c.blue() > c.red() + 60 for c in blue)


def test_the_track_item_follows_the_zoom_drawing(loops):
    canvas, _items = loops
    scene, view = canvas.scene, canvas.view
    view.set_zoom(0.3)  # hairlines: the batch item draws whole links
    assert scene.links_batched and not scene.track_item.isVisible()
    view.set_zoom(0.1)  # the overview
    assert scene.overview and not scene.track_item.isVisible()
    view.set_zoom(1.0)
    assert scene.track_item.isVisible()


def test_a_moved_loop_back_leaves_no_dots_behind(loops):
    canvas, items = loops
    scene = canvas.scene
    lone = min(items, key=lambda item: item.route[0][0][1])  # the highest source: its stretch is its own
    others = [item for item in items if item is not lone]
    for item in others:
        item.setVisible(False)
    x, _, _ = _gutter(scene, items)
    top, bottom = LANES_TOP + 20, lone.route[0][0][1] - 20
    source = QRectF(x - 10, top, 20, bottom - top)
    assert any(inked(render(scene, source), 10, 0, round(bottom - top)))
    lone.setVisible(False)
    assert not any(inked(render(scene, source), 10, 0, round(bottom - top)))


def _badge(painter, scale):
    badge = card_parts.Badge("KPI 3", "missed", 52)
    card_parts.draw_badge(painter, badge, 6, 12, scale)


def _marks(painter, scale):
    marks = [card_parts.PersonaMark("#7B3FA0", "KV"), card_parts.PersonaMark("#F0E442", "MM")]
    card_parts.draw_persona_dots(painter, marks, 70, 20, scale)


@pytest.mark.parametrize("draw", [lambda painter, scale: faces.draw_face(painter, QRectF(10, 10, 16, 16), 1, scale),
                                  _badge, _marks], ids=["face", "KPI badge", "persona marks"])
@pytest.mark.parametrize("zoom", [1.0, 2.0])
def test_a_stamped_picture_looks_as_the_vector_drawing(qapp, draw, zoom):
    images = []
    size = round(80 * zoom)
    for stamped in (True, False):
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing |
                               QPainter.RenderHint.SmoothPixmapTransform)
        painter.scale(zoom, zoom)
        before = stamps.cache_size()
        for _ in range(3):
            draw(painter, True if stamped else None)
        assert stamps.cache_size() - before <= (2 if stamped else 0)  # one pixmap a picture for the three
        painter.end()
        images.append(image)
    differences = [abs(QColor(images[0].pixel(x, y)).lightness() - QColor(images[1].pixel(x, y)).lightness())
                   for x in range(size) for y in range(size)]
    assert max(differences) <= 40 and sum(differences) / len(differences) < 1.5
    assert sum(differences) < sum(255 - QColor(images[1].pixel(x, y)).lightness()
                                  for x in range(size) for y in range(size))  # (something was drawn)


def test_vector_pictures_stay_vectors_in_svg(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    svg = render_svg(canvas.scene).decode("utf-8")
    assert svg.count("<image") == len(list(canvas.scene.cards()))  # the icons only (they are pixmaps anyway)
    assert svg.count("<path") > 3 * len(list(canvas.scene.cards()))  # frames, strips, faces as vectors


def test_the_card_draws_its_phase_fit_hint(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    card = next(iter(canvas.scene.cards()))
    card.set_fit_hint("not suggested here")
    hint = card.hint
    assert hint is not None and hint.toolTip() == "not suggested here"
    assert not card.childItems()  # the card draws it and shows its tooltip (`canvas.tooltips`): no item
    spot = QRectF(card.pos() + FitHint.POS, card.pos() + FitHint.POS + QPointF(FitHint.SIZE, FitHint.SIZE))

    def amber() -> int:
        image = render(canvas.scene, spot, 2.0)
        return sum(QColor(image.pixel(x, y)).red() > QColor(image.pixel(x, y)).blue() + 80
                   for x in range(image.width()) for y in range(image.height()))

    assert amber() > 10
    card.set_fit_hint(None)
    assert card.hint is None and amber() == 0


def test_items_bounds_are_kept_by_qt_and_follow_routes_and_labels(qtbot, tmp_path):
    canvas = Canvas(qtbot, tmp_path, make_sample(), zoom=1.0)
    link = next(iter(canvas.scene.link_items()))
    before = link.boundingRect()
    link.set_route([((a[0] + 300, a[1] + 200), (b[0] + 300, b[1] + 200), (c[0] + 300, c[1] + 200),
                     (d[0] + 300, d[1] + 200)) for a, b, c, d in link.route])
    assert link.boundingRect() == before.translated(300, 200)
    link.set_label_spot("Label", QRectF(5000, 5000, 60, 18))
    assert link.boundingRect().contains(QRectF(5000, 5000, 60, 18))
    card = next(iter(canvas.scene.cards()))
    assert card.boundingRect() == card.BOUNDS


def test_a_selected_loop_back_shows_in_a_view_that_sees_only_the_middle_of_its_run(loops):
    canvas, items = loops
    scene, view = canvas.scene, canvas.view
    x, y0, y1 = _gutter(scene, items)
    view.resize(300, 200)
    view.centerOn(QPointF(x - 100, (y0 + y1) / 2))  # no corner, no card edge of its own in sight
    scene.select_ids([items[0].lid])
    canvas.qtbot.wait(50)
    image = view.viewport().grab().toImage()
    column = view.mapFromScene(QPointF(x, 0)).x()
    assert any(QColor(image.pixel(column, y)).blue() > QColor(image.pixel(column, y)).red() + 60
               for y in range(image.height()))


@pytest.mark.parametrize(("full_detail", "zoom"), [(True, 0.3), (False, 0.5)])
def test_zoomed_out_full_detail_links_are_drawn_in_one_batch_as_they_would_draw_themselves(loops, monkeypatch,
                                                                                          full_detail, zoom):
    """Full detail forced at 30 %, and at 50 % (full-width links, no labels yet): the batch item draws them."""
    canvas, items = loops
    scene = canvas.scene
    scene.full_detail = full_detail
    scene.select_ids([items[0].lid])
    whole = scene.map_rect()
    batched = render(scene, whole, zoom)
    scene.set_zoom_drawing(zoom)
    assert scene.links_batched and scene.track_item.isVisible()  # the track still draws the shared runs
    scene.set_zoom_drawing(1.0)
    monkeypatch.setattr(type(scene), "set_links_batched", lambda self, on: None)
    one_by_one = render(scene, whole, zoom)
    # The batch fills the plain links' arrowheads as one shape: where two overlap (a card's inputs) their soft edges
    # are covered once instead of twice. Nothing else may differ.
    arrows = [item.arrow.boundingRect().adjusted(-4, -4, 4, 4) for item in scene.projection.links.values()]
    differing = [(x, y) for y in range(batched.height()) for x in range(batched.width())
                 if batched.pixel(x, y) != one_by_one.pixel(x, y)]
    assert len(differing) <= 0.001 * batched.width() * batched.height()
    for x, y in differing:
        at = QPointF(whole.x() + (x + 0.5) / zoom, whole.y() + (y + 0.5) / zoom)
        assert any(box.contains(at) for box in arrows), (x, y)
    for item in scene.projection.links.values():  # and the batch does draw every arrowhead
        centre = item.arrow.boundingRect().center()
        assert QColor(batched.pixel(int((centre.x() - whole.x()) * zoom), int((centre.y() - whole.y()) * zoom))) \
            .lightness() < 235


def test_stamps_made_at_many_zooms_stay_within_their_budget(monkeypatch):
    monkeypatch.setattr(stamps, "BUDGET", 20_000)
    image = QImage(400, 400, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    for step in range(60):  # zooming through sixty levels
        painter.resetTransform()
        painter.scale(1.0 + step / 20, 1.0 + step / 20)
        faces.draw_face(painter, QRectF(10, 10, 16, 16), 2)
    painter.end()
    kept = sum(found[0].width() * found[0].height() for found in stamps._pixmaps.values()
               if not isinstance(found, bool))
    assert 0 < kept <= 20_000
