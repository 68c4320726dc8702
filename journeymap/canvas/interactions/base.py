"""The base of the view's gestures: a small object that gets the mouse and keys until the gesture ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent

if TYPE_CHECKING:
    from journeymap.canvas.scene import JourneyScene
    from journeymap.canvas.view import JourneyView


class Interaction:
    """A gesture in progress (moving cards, drawing a link, panning). Esc cancels it.

    The view starts one on a mouse press and forwards mouse moves, the release and key presses to it; the
    interaction calls `finish()` when it is done, which hands the events back to the view.
    """

    def __init__(self, view: JourneyView) -> None:
        self.view = view
        self.scene: JourneyScene = view.journey_scene

    def scene_pos(self, event: QMouseEvent) -> QPointF:
        return self.view.mapToScene(event.position().toPoint())

    def mouse_move(self, event: QMouseEvent) -> None:
        """The mouse moved with the gesture in progress."""

    def mouse_release(self, event: QMouseEvent) -> None:
        """The button went up: complete the gesture."""
        self.finish()

    def key_press(self, event: QKeyEvent) -> bool:
        """A key while the gesture runs; returns True when handled. Esc cancels."""
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return True
        return False

    def cancel(self) -> None:
        """Abandon the gesture without changing the document."""
        self.finish()

    def finish(self) -> None:
        self.view.end_interaction(self)
