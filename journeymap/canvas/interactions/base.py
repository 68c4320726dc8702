"""The base of the view's gestures: a small object that gets the mouse and keys until the gesture ends, and
`MapView`, what the view's parts (gestures, keyboard navigation, catalogue drops, inline rename) use of it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, overload

from PySide6.QtCore import QObject, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPolygon
from PySide6.QtWidgets import QScrollBar, QWidget

if TYPE_CHECKING:
    from journeymap.canvas.edits import MapEdits
    from journeymap.canvas.scene import JourneyScene


class MapView(Protocol):
    """The view as its parts see it: `canvas.view.JourneyView`, a QGraphicsView over a `JourneyScene`.

    A protocol, so that the parts the view creates need not import the view. Widgets and timers a part creates
    live on `viewport()`.
    """

    journey_scene: JourneyScene

    @property
    def edits(self) -> MapEdits: ...

    def zoom(self) -> float: ...

    def end_interaction(self, interaction: Interaction, /) -> None: ...

    def rename_closed(self, rename: QObject, /) -> None: ...

    def restore_cursor(self) -> None: ...

    def focus_past_cards(self, forward: bool, /) -> None: ...

    # what it is as a QGraphicsView
    def viewport(self) -> QWidget: ...

    def horizontalScrollBar(self) -> QScrollBar: ...

    def verticalScrollBar(self) -> QScrollBar: ...

    def mapToScene(self, point: QPoint, /) -> QPointF: ...

    @overload
    def mapFromScene(self, rect: QRectF, /) -> QPolygon: ...

    @overload
    def mapFromScene(self, point: QPointF, /) -> QPoint: ...

    def ensureVisible(self, rect: QRectF, xmargin: int = ..., ymargin: int = ..., /) -> None: ...

    def setFocus(self) -> None: ...


class Interaction:
    """A gesture in progress (moving cards, drawing a link, panning). Esc cancels it.

    The view starts one on a mouse press and forwards mouse moves, the release and key presses to it; the
    interaction calls `finish()` when it is done, which hands the events back to the view.
    """

    def __init__(self, view: MapView) -> None:
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
