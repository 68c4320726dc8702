"""Dropping a catalogue entry on the canvas: the drag carries only the entry id (`TOUCHPOINT_MIME`); while it
hovers, a ghost shows the slot the card will take in the lane under the cursor; the drop is one `AddItems`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from journeymap.canvas.mime import entry_id_from

if TYPE_CHECKING:
    from journeymap.canvas.view import JourneyView


class CatalogueDrop:
    """The view's drop handler for catalogue entries."""

    def __init__(self, view: JourneyView) -> None:
        self.view = view

    def _entry(self, event: QDragMoveEvent) -> str | None:
        entry_id = entry_id_from(event.mimeData())
        catalogue = self.view.journey_scene.catalogue
        return entry_id if entry_id is not None and catalogue is not None and entry_id in catalogue else None

    def _target(self, event: QDragMoveEvent, entry_id: str) -> tuple[str, float] | None:
        pos = self.view.mapToScene(event.position().toPoint())
        return self.view.journey_scene.drop_target(entry_id, pos)

    def enter(self, event: QDragEnterEvent) -> bool:
        """Accept drags that carry a catalogue entry we know."""
        if self._entry(event) is None:
            return False
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.move(event)
        return True

    def move(self, event: QDragMoveEvent) -> bool:
        """Follow the drag: accept over a lane and show the landing slot, refuse elsewhere."""
        scene = self.view.journey_scene
        entry_id = self._entry(event)
        target = self._target(event, entry_id) if entry_id else None
        if target is None:
            scene.ghost.hide()
            event.ignore()
            return False
        scene.ghost.setPos(scene.projection.card_position(*target))
        scene.ghost.show()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def leave(self) -> None:
        self.view.journey_scene.ghost.hide()

    def drop(self, event: QDropEvent) -> str | None:
        """Add the entry where it was dropped; returns the new touchpoint's id (None when refused)."""
        self.view.journey_scene.ghost.hide()
        entry_id = self._entry(event)
        if entry_id is None:
            event.ignore()
            return None
        tid = self.view.journey_scene.drop_touchpoint(entry_id, self.view.mapToScene(event.position().toPoint()))
        if tid is None:
            event.ignore()
            return None
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.view.setFocus()
        return tid
