"""The emotion curve drawn cheaply (issue 13) and still as VISUAL.md describes it: the area between the curve and 0
tinted green above and red below, the line, a dot in the emotion's colour at every touchpoint — the same picture
as the plain vector drawing, also where the curve is a dense scribble of a big map."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsScene

from journeymap.canvas.items.emotion import DOT, EmotionCurveItem
from journeymap.canvas.style import NO_PEN, brush, pen
from journeymap.layout import emotion_y, smooth_path
from journeymap.layout import theme as t
from journeymap.layout.geometry import Rect

BAND = Rect(0.0, 0.0, 600.0, 150.0)


def _points(count: int, seed: int = 7) -> list[tuple[float, float]]:
    rng = random.Random(seed)
    xs = sorted(rng.uniform(10, BAND.w - 10) for _ in range(count))
    return [(x, emotion_y(BAND, rng.choice((-2, -1, 0, 1, 2)))) for x in xs]


def _image(scale: float) -> QImage:
    image = QImage(round(BAND.w * scale), round(BAND.h * scale), QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    return image


def _ours(points: list[tuple[float, float]], scale: float) -> QImage:
    scene = QGraphicsScene()
    curve = EmotionCurveItem(BAND, 1)
    curve.set_lanes(BAND, {0: points})
    scene.addItem(curve)
    image = _image(scale)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), QRectF(0, 0, BAND.w, BAND.h))
    painter.end()
    return image


def _reference(points: list[tuple[float, float]], scale: float) -> QImage:
    """The curve as plain vectors: the smooth path's area clipped above and below 0, the line, round dots."""
    zero = emotion_y(BAND, 0)
    path = QPainterPath()
    path.moveTo(*points[0])
    for _, c1, c2, p1 in smooth_path(points):
        path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*p1))
    area = QPainterPath(path)
    area.lineTo(points[-1][0], zero)
    area.lineTo(points[0][0], zero)
    area.closeSubpath()
    image = _image(scale)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing)
    painter.scale(scale, scale)
    painter.setPen(NO_PEN)
    for ink, clip in ((t.EMOTION_GOOD, QRectF(0, 0, BAND.w, zero)), (t.EMOTION_BAD, QRectF(0, zero, BAND.w, BAND.h))):
        painter.save()
        painter.setClipRect(clip)
        painter.setBrush(brush(ink, t.CURVE_FILL_ALPHA))
        painter.drawPath(area)
        painter.restore()
    painter.setPen(pen(t.CURVE_COLOUR, 2.0, cap=Qt.PenCapStyle.FlatCap))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(pen("#FFFFFF", 1.2))
    for x, y in points:
        score = round(2 - (y - BAND.y - 18.0) / (BAND.h - 36.0) * 4)
        painter.setBrush(brush(t.emotion_colour(score)))
        painter.drawEllipse(QPointF(x, y), DOT, DOT)
    painter.end()
    return image


def _differences(a: QImage, b: QImage) -> list[int]:
    """Per pixel: the largest difference of a colour channel."""
    out = []
    for y in range(a.height()):
        for x in range(a.width()):
            p, q = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            out.append(max(abs(p.red() - q.red()), abs(p.green() - q.green()), abs(p.blue() - q.blue())))
    return out


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_the_curve_looks_like_its_plain_vector_drawing(qapp, scale):
    points = _points(12)
    differences = _differences(_ours(points, scale), _reference(points, scale))
    # antialiased edges and dots copied at whole pixels may differ a little; nowhere is the picture different
    assert sum(d > 40 for d in differences) <= 0.01 * len(differences)
    assert sum(differences) / len(differences) < 2.0


def test_a_dense_curve_of_a_big_map_looks_like_its_vector_drawing_too(qapp):
    """400 touchpoints in 600 px: the area is cut into parts at 0; the dots, copied at whole pixels, and the line's
    straight segments differ from the vectors only at their edges."""
    differences = _differences(_ours(_points(400), 1.0), _reference(_points(400), 1.0))
    assert sum(differences) / len(differences) < 8.0
    assert sum(d > 40 for d in differences) <= 0.06 * len(differences)


def test_the_area_is_green_above_zero_and_red_below(qapp):
    zero = emotion_y(BAND, 0)
    points = [(20.0, emotion_y(BAND, 2)), (300.0, emotion_y(BAND, 2)), (320.0, emotion_y(BAND, -2)),
              (580.0, emotion_y(BAND, -2))]
    image = _ours(points, 1.0)
    good, bad = QColor(image.pixel(150, round(zero) - 10)), QColor(image.pixel(450, round(zero) + 10))
    assert good.green() > good.red() + 10 and good.green() > good.blue()
    assert bad.red() > bad.green() + 10 and bad.red() > bad.blue()
    assert QColor(image.pixel(150, round(zero) + 10)) == QColor("#FFFFFF")  # nothing below 0 where it is above
    assert QColor(image.pixel(450, round(zero) - 10)) == QColor("#FFFFFF")


def test_a_dot_shows_in_its_emotions_colour_at_every_touchpoint(qapp):
    points = _points(12)
    image = _ours(points, 2.0)
    for x, y in points:
        score = round(2 - (y - BAND.y - 18.0) / (BAND.h - 36.0) * 4)
        centre = QColor(image.pixel(round(x * 2), round(y * 2)))
        expected = QColor(t.emotion_colour(score))
        assert max(abs(centre.red() - expected.red()), abs(centre.green() - expected.green()),
                   abs(centre.blue() - expected.blue())) <= 24
