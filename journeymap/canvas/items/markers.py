"""Small helper items on the canvas: the phase-fit hint, the link handle and the ghost of a card's landing slot."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.stamps import Scale, draw_stamped
from journeymap.canvas.style import brush, pen
from journeymap.layout import theme as t


def _triangle(s: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(s / 2, 0.8)
    path.lineTo(s - 0.6, s - 1.2)
    path.lineTo(0.6, s - 1.2)
    path.closeSubpath()
    return path


class FitHint:
    """A small hollow amber triangle at a card's top-right: the guide does not suggest this touchpoint here.

    Its tooltip explains why (from `Catalogue.fits_phase(...).message(lang)`). The card draws the triangle
    (`draw_fit_hint`) and shows the tooltip over it (`CardItem.tool_tip_at`): the hint is a plain value, not an
    item (a big map has a thousand; an item each cost ≈ 10 µs to build and grew the scene's index).
    """

    SIZE = 12.0
    POS = QPointF(t.CARD_WIDTH - SIZE - 7, 7)
    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message

    def toolTip(self) -> str:
        """The tooltip shown over the hint (named as the item's it was)."""
        return self.message

    def setToolTip(self, message: str) -> None:
        self.message = message

    @staticmethod
    def covers(area: QRectF) -> bool:
        """Does `area` (card coordinates) meet the hint, where its tooltip shows?"""
        return _HINT_ON_CARD.intersects(area)


def draw_fit_hint(painter: QPainter, scale: Scale | bool = True) -> None:
    """The phase-fit hint at its place on a full card (item coordinates of the card; `scale` as `canvas.stamps`)."""
    draw_stamped(painter, _HINT_ON_CARD, "fit hint", _draw_hint, scale)


def _draw_hint(painter: QPainter, rect: QRectF) -> None:
    """The hint's hollow triangle with an exclamation mark, its top-left corner 1 px inside `rect`."""
    painter.translate(rect.x() + 1, rect.y() + 1)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen(t.HINT_AMBER, 1.3))
    painter.setBrush(brush("#FFFFFF"))
    painter.drawPath(_TRIANGLE)
    s = FitHint.SIZE
    painter.drawLine(QPointF(s / 2, 4.6), QPointF(s / 2, 7.2))
    painter.drawPoint(QPointF(s / 2, 9.0))
    painter.translate(-rect.x() - 1, -rect.y() - 1)


_TRIANGLE = _triangle(FitHint.SIZE)  # shared by all hints (a map may have a thousand)
_HINT_RECT = QRectF(-1, -1, FitHint.SIZE + 2, FitHint.SIZE + 2)
_HINT_ON_CARD = _HINT_RECT.translated(FitHint.POS)


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
