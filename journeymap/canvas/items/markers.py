"""Small helper items on the canvas: the phase-fit hint, the link handle and the ghost of a card's landing slot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.style import brush, pen
from journeymap.canvas.text import FULL, READABLE_PX, card_detail
from journeymap.layout import theme as t


def _triangle(s: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(s / 2, 0.8)
    path.lineTo(s - 0.6, s - 1.2)
    path.lineTo(0.6, s - 1.2)
    path.closeSubpath()
    return path


class FitHint(QGraphicsItem):
    """A small hollow amber triangle at a card's top-right: the guide does not suggest this touchpoint here.

    Its tooltip explains why (from `Catalogue.fits_phase(...).message(lang)`).
    """

    SIZE = 12.0

    def __init__(self, parent: QGraphicsItem, message: str) -> None:
        super().__init__(parent)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPos(t.CARD_WIDTH - self.SIZE - 7, 7)
        self.setToolTip(message)
        self._triangle = _TRIANGLE

    def boundingRect(self) -> QRectF:
        return QRectF(-1, -1, self.SIZE + 2, self.SIZE + 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        scene = self.scene()
        full = getattr(scene, "full_detail", False) or card_detail(lod, getattr(scene, "label_px", READABLE_PX)) == FULL
        if not full:
            return  # a compact card's label runs where the hint sits
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen(t.HINT_AMBER, 1.3))
        painter.setBrush(brush("#FFFFFF"))
        painter.drawPath(self._triangle)
        s = self.SIZE
        painter.setPen(pen(t.HINT_AMBER, 1.3))
        painter.drawLine(QPointF(s / 2, 4.6), QPointF(s / 2, 7.2))
        painter.drawPoint(QPointF(s / 2, 9.0))


_TRIANGLE = _triangle(FitHint.SIZE)  # shared by all hints (a map may have a thousand)


class LinkHandle(QGraphicsItem):
    """The circle at the right edge of the hovered (or the one selected) card; dragging it draws a link."""

    RADIUS = 6.0

    def __init__(self) -> None:
        super().__init__()
        self.card_id: str | None = None
        self.setZValue(30)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(QCoreApplication.translate("Canvas", "Drag to another card to link them"))
        self.hide()

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 1
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen(t.SELECTION, 1.5))
        painter.setBrush(brush("#FFFFFF"))
        painter.drawEllipse(QPointF(0, 0), self.RADIUS, self.RADIUS)
        painter.setPen(pen(t.SELECTION, 1.5))
        painter.drawLine(QPointF(-2.5, 0), QPointF(2.5, 0))
        painter.drawLine(QPointF(0, -2.5), QPointF(0, 2.5))

    def retranslate(self) -> None:
        self.setToolTip(QCoreApplication.translate("Canvas", "Drag to another card to link them"))


class GhostCard(QGraphicsItem):
    """A dashed outline where a dragged or dropped card will land."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, t.CARD_WIDTH + 4, t.CARD_HEIGHT + 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen(t.SELECTION, 1.5, alpha=0.8, dashes=(5.0, 4.0), cap=Qt.PenCapStyle.FlatCap))
        painter.setBrush(brush(t.SELECTION, 0.06))
        painter.drawRoundedRect(QRectF(0, 0, t.CARD_WIDTH, t.CARD_HEIGHT), t.CARD_RADIUS, t.CARD_RADIUS)
