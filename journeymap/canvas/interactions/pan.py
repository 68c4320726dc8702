"""Panning: drag with the middle button, or with the left button while Space is held."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent

from journeymap.canvas.interactions.base import Interaction, MapView


class Pan(Interaction):
    """Scroll the view with the mouse."""

    def __init__(self, view: MapView, event: QMouseEvent) -> None:
        super().__init__(view)
        self._last: QPointF = event.position()
        view.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouse_move(self, event: QMouseEvent) -> None:
        delta = event.position() - self._last
        self._last = event.position()
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() - round(delta.x()))
        v.setValue(v.value() - round(delta.y()))

    def finish(self) -> None:
        self.view.restore_cursor()
        super().finish()
