"""A `.journey` file dragged onto the window or the canvas opens it (the canvas itself only takes catalogue
entries): an event filter on the widgets that should take such a drop."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget


def dropped_journey(event: QEvent) -> str | None:
    """The .journey file a drag brings (`event`: its enter, move or drop), if any."""
    from journeymap.app.files.controller import SUFFIX

    if not isinstance(event, QDropEvent):  # (QDragEnterEvent and QDragMoveEvent are QDropEvents)
        return None
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
            return url.toLocalFile()
    return None


class JourneyDrops(QObject):
    """Accepts a dragged .journey file on the widgets it `watch`es; `file_dropped(path)` when it is dropped."""

    file_dropped = Signal(str)

    def watch(self, widget: QWidget) -> None:
        widget.setAcceptDrops(True)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in (QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop):
            return super().eventFilter(watched, event)
        path = dropped_journey(event)
        if path is None or not isinstance(event, QDropEvent):
            return super().eventFilter(watched, event)
        event.acceptProposedAction()
        if not isinstance(event, QDragMoveEvent):  # the drop itself
            self.file_dropped.emit(path)
        return True
