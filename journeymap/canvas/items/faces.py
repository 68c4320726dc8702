"""Emotion faces drawn as vectors (never emoji): a coloured disc with eyes and a mouth that follows the score."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPainterPath, QTransform

from journeymap.canvas.stamps import Scale, draw_stamped
from journeymap.canvas.style import NO_BRUSH, NO_PEN, brush, pen
from journeymap.layout import theme as t

_MUTED = "#9AA1AB"


@cache
def _mouth(score: int) -> QPainterPath:
    """The mouth in a unit face (0..1): a curve that smiles for +, frowns for −, flat for 0."""
    path = QPainterPath()
    y = 0.66 if score >= 0 else 0.74
    half = 0.2 + 0.04 * abs(score)
    bend = 0.1 * score
    path.moveTo(0.5 - half, y - bend / 2)
    path.quadTo(0.5, y + bend, 0.5 + half, y - bend / 2)
    return path


def draw_face(painter: QPainter, rect: QRectF, score: int | None, scale: Scale | bool = True) -> None:
    """Draw the face for `score` (−2..+2) into `rect`; None (not assessed yet) draws a hollow dashed circle.
    Painting pixels, it is copied from a pixmap made once per score and size (`canvas.stamps`; `scale` as there)."""
    draw_stamped(painter, rect, ("face", score, rect.width()), _drawer(score), scale)


@cache
def _drawer(score: int | None) -> Callable[[QPainter, QRectF], None]:
    """What draws the face for `score` into a box (made once per score, not per card painted)."""
    return lambda painter, rect: _draw(painter, rect, score)


def _draw(painter: QPainter, rect: QRectF, score: int | None) -> None:
    size = rect.width()
    if score is None:
        painter.setPen(pen(_MUTED, 1.0, dashes=(2.0, 2.0)))
        painter.setBrush(NO_BRUSH)
        painter.drawEllipse(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        return
    painter.setPen(NO_PEN)
    painter.setBrush(brush(t.emotion_colour(score)))
    painter.drawEllipse(rect)
    painter.setBrush(brush("#FFFFFF"))
    eye = size * 0.085
    for ex in (0.35, 0.65):
        painter.drawEllipse(QPointF(rect.x() + ex * size, rect.y() + 0.4 * size), eye, eye)
    painter.setPen(pen("#FFFFFF", 0.1 * size))
    painter.setBrush(NO_BRUSH)
    painter.drawPath(_placed_mouth(rect.x(), rect.y(), size, score))


@lru_cache(maxsize=64)
def _placed_mouth(x: float, y: float, size: float, score: int) -> QPainterPath:
    """The mouth of a face of `size` px at (x, y): the unit mouth scaled and moved there once, not per paint."""
    return QTransform(size, 0, 0, size, x, y).map(_mouth(score))
