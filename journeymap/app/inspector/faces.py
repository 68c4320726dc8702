"""Emotion faces as icons for the inspector, drawn by the canvas's own face painter so both look the same."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QIcon, QImage, QPainter, QPixmap

from journeymap.canvas.items.faces import draw_face


def face_pixmap(score: int | None, size: int) -> QPixmap:
    """The face for a score (None: not assessed) in a transparent `size`-px square."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    inset = max(1.0, size / 16)
    draw_face(painter, QRectF(inset, inset, size - 2 * inset, size - 2 * inset), score)
    painter.end()
    return QPixmap.fromImage(image)


@cache
def face_icon(score: int | None) -> QIcon:
    """The face for a score as an icon (16–64 px), drawn once."""
    icon = QIcon()
    for size in (16, 24, 32, 48, 64):
        icon.addPixmap(face_pixmap(score, size))
    return icon
