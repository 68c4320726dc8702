"""Another version of the journey over the map (File ▸ Compare with…). Cards only the other version has are drawn
as ghosts where it has them (dashed, translucent, marked +); cards it lacks are framed red and marked −, cards it
changed framed amber and marked Δ. Never colour alone: every mark has its symbol, and a tool tip says what it is.

A projection like the rest of the canvas: it draws what the comparison found and never touches the model.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QStyleOptionGraphicsItem, QWidget

from journeymap.canvas.style import brush, colour, pen
from journeymap.layout import theme as t

KINDS = {"added": ("+", t.EMOTION_GOOD), "removed": ("−", t.EMOTION_BAD), "changed": ("Δ", t.HINT_AMBER)}
GHOST_OFFSET = QPointF(10.0, 8.0)  # a ghost in a taken slot stands a little aside of the card there


@dataclass(frozen=True)
class Mark:
    """One thing to draw: `kind` (added, removed, changed), where (the card's top-left), its label and tip."""

    kind: str
    pos: QPointF
    label: str
    tip: str
    ghost: bool = False
    key: str = ""  # the touchpoint id it stands for


class MarkItem(QGraphicsItem):
    """A frame around a card (or a ghost card) with a round badge carrying the mark's symbol."""

    BADGE = 22.0

    def __init__(self, mark: Mark) -> None:
        super().__init__()
        self.mark = mark
        self.setZValue(15 if mark.ghost else 20)
        self.setPos(mark.pos + (GHOST_OFFSET if mark.ghost else QPointF()))
        self.setToolTip(mark.tip)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        b = self.BADGE
        return QRectF(-b / 2 - 2, -b / 2 - 2, t.CARD_WIDTH + b, t.CARD_HEIGHT + b)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        symbol, tint = KINDS[self.mark.kind]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(0, 0, t.CARD_WIDTH, t.CARD_HEIGHT)
        if self.mark.ghost:
            painter.setPen(pen(tint, 2.0, dashes=(6.0, 4.0), cap=Qt.PenCapStyle.FlatCap))
            painter.setBrush(brush("#FFFFFF", 0.82))
            painter.drawRoundedRect(card, t.CARD_RADIUS, t.CARD_RADIUS)
            painter.setPen(pen(t.TEXT, 1.0, alpha=0.75))
            font = QFont(painter.font())
            font.setPixelSize(18)  # about as large as the labels of the cards around it at fit
            font.setItalic(True)
            font.setBold(True)
            painter.setFont(font)
            painter.drawText(card.adjusted(18, 8, -10, -8), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextWordWrap, self.mark.label)
        else:
            painter.setPen(pen(tint, 3.0, dashes=(6.0, 3.0) if self.mark.kind == "removed" else ()))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(card.adjusted(-3, -3, 3, 3), t.CARD_RADIUS + 2, t.CARD_RADIUS + 2)
        b = self.BADGE
        badge = QRectF(-b / 2 + 2, -b / 2 + 2, b, b)
        painter.setPen(pen("#FFFFFF", 1.5))
        painter.setBrush(brush(tint))
        painter.drawEllipse(badge)
        font = QFont(painter.font())
        font.setPixelSize(15)
        font.setItalic(False)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(colour("#FFFFFF"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, symbol)


class CompareLayer:
    """The marks of one comparison on a scene; `show` replaces them, `clear` takes them away."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self.scene = scene
        self.items: list[MarkItem] = []

    def show(self, marks: list[Mark]) -> None:
        self.clear()
        for mark in marks:
            item = MarkItem(mark)
            self.scene.addItem(item)
            self.items.append(item)

    def clear(self) -> None:
        for item in self.items:
            if item.scene() is not None:
                item.scene().removeItem(item)
        self.items = []

    def ghost_rect(self, key: str) -> QRectF | None:
        """Where the ghost of touchpoint `key` is drawn (to show it in the view)."""
        for item in self.items:
            if item.mark.ghost and item.mark.key == key:
                return item.sceneBoundingRect()
        return None


def tip(kind: str) -> str:
    """What a mark means, for its tool tip."""
    return {
        "added": QCoreApplication.translate("CompareLayer", "Only in the other version"),
        "removed": QCoreApplication.translate("CompareLayer", "Not in the other version"),
        "changed": QCoreApplication.translate("CompareLayer", "Changed in the other version"),
    }[kind]
