"""Drawing a link: drag from a card's handle; a rubber line follows the mouse and the card under it lights up.
Releasing on another card adds the link (one `AddLink` step); Esc, or releasing anywhere else, cancels."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent, QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem

from journeymap.canvas.interactions.base import Interaction, MapView
from journeymap.canvas.items.card import CardItem
from journeymap.canvas.style import pen
from journeymap.layout import theme as t


class LinkDrawing(Interaction):
    """Draw a link from the touchpoint `source`."""

    def __init__(self, view: MapView, source: str, start: QPointF) -> None:
        super().__init__(view)
        self.source = source
        self._start = start
        self._target: CardItem | None = None
        self.rubber = QGraphicsPathItem()
        self.rubber.setPen(pen(t.SELECTION, 1.5, dashes=(5.0, 3.0), cap=Qt.PenCapStyle.FlatCap))
        self.rubber.setZValue(100)
        self.scene.addItem(self.rubber)
        self.scene.set_dragging(True)
        view.viewport().setCursor(Qt.CursorShape.CrossCursor)

    @property
    def target(self) -> CardItem | None:
        return self._target

    def mouse_move(self, event: QMouseEvent) -> None:
        pos = self.scene_pos(event)
        reach = max(30.0, abs(pos.x() - self._start.x()) / 2)
        path = QPainterPath(self._start)
        path.cubicTo(QPointF(self._start.x() + reach, self._start.y()), QPointF(pos.x() - reach, pos.y()), pos)
        self.rubber.setPath(path)
        target = self.scene.card_at(pos, exclude=self.source)
        if target is not self._target:
            if self._target is not None and self._target.scene() is self.scene:
                self._target.set_link_target(False)
            self._target = target
            if target is not None:
                target.set_link_target(True)

    def mouse_release(self, event: QMouseEvent) -> None:
        self.mouse_move(event)
        target = self._target
        self._clean_up()
        if target is not None and target.scene() is self.scene:
            self.scene.add_link(self.source, target.tid)
        self.finish()

    def cancel(self) -> None:
        self._clean_up()
        self.finish()

    def _clean_up(self) -> None:
        if self._target is not None and self._target.scene() is self.scene:
            self._target.set_link_target(False)
        self._target = None
        if self.rubber.scene() is not None:
            self.scene.removeItem(self.rubber)
        self.scene.set_dragging(False)

    def finish(self) -> None:
        self.view.restore_cursor()
        super().finish()
