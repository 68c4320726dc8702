"""Emotion faces drawn as vectors (never emoji fonts): −2 very unhappy … +2 very happy, plus "not assessed"."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPainterPath, QPen, QPixmap

from journeymap.layout import theme


def paint_face(painter: QPainter, rect: QRectF, score: int | None) -> None:
    """Draw the face for `score` (None: a dashed empty circle) into `rect`."""
    colour = QColor(theme.emotion_colour(score))
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    pen_width = max(1.0, side / 14)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inner = box.adjusted(pen_width, pen_width, -pen_width, -pen_width)
    if score is None:
        pen = QPen(colour, pen_width, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(inner)
        painter.drawLine(QPointF(inner.center().x() - side * 0.18, inner.center().y()),
                         QPointF(inner.center().x() + side * 0.18, inner.center().y()))
        painter.restore()
        return
    painter.setPen(QPen(colour.darker(115), pen_width))
    painter.setBrush(colour.lighter(175))
    painter.drawEllipse(inner)
    c, r = inner.center(), inner.width() / 2
    painter.setBrush(colour.darker(140))
    painter.setPen(Qt.PenStyle.NoPen)
    eye = max(1.0, r * 0.13)
    for dx in (-0.35, 0.35):
        painter.drawEllipse(QPointF(c.x() + dx * r, c.y() - 0.25 * r), eye, eye)
    mouth = QPainterPath()
    left, right, y = c.x() - 0.45 * r, c.x() + 0.45 * r, c.y() + 0.32 * r
    bend = {-2: -0.42, -1: -0.2, 0: 0.0, 1: 0.22, 2: 0.45}[score] * r
    mouth.moveTo(left, y - bend / 2)
    mouth.quadTo(c.x(), y + bend * 1.5, right, y - bend / 2)
    if score == 2:  # a wide open smile
        mouth.closeSubpath()
        painter.setBrush(colour.darker(140))
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colour.darker(140), pen_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPath(mouth)
    painter.restore()


def face_pixmap(score: int | None, size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    paint_face(painter, QRectF(0, 0, size, size), score)
    painter.end()
    return QPixmap.fromImage(image)


@cache
def face_icon(score: int | None) -> QIcon:
    """The face for a score as an icon (16–64 px), drawn once."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64):
        icon.addPixmap(face_pixmap(score, size))
    return icon
