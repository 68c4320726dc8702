"""Dropping a catalogue entry on the canvas: the drag carries only the entry id (`TOUCHPOINT_MIME`).

The drag is taken wherever it enters the canvas (the grey margin, a header, the emotion band, beside the map) and
never turned away while it carries an entry we know: the lane under the cursor, else the nearest one, is
highlighted, a ghost shows the slot the card will take and the cards that will make room for it move down
already. Held near the top or bottom edge of a map taller than the view, the drag scrolls it. The drop is one
`AddItems` (with those moves); leaving puts everything back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

from journeymap.canvas.mime import entry_id_from

if TYPE_CHECKING:
    from journeymap.canvas.scene import DropTarget
    from journeymap.canvas.view import JourneyView


EDGE = 32  # px from the view's top or bottom edge where a hovering drag scrolls the map
SCROLL_STEP = 16  # px per tick (every SCROLL_MS)
SCROLL_MS = 30


class CatalogueDrop:
    """The view's drop handler for catalogue entries."""

    def __init__(self, view: JourneyView) -> None:
        self.view = view
        self._lane: str | None = None  # the highlighted lane
        self._pushed: set[str] = set()  # cards shown one slot lower, making room
        self._hover: tuple[str, QPoint] | None = None  # the entry and where it hovers (viewport px)
        self._scroll = QTimer(view)
        self._scroll.setInterval(SCROLL_MS)
        self._scroll.timeout.connect(self._scroll_step)

    @property
    def target_lane(self) -> str | None:
        """The lane highlighted as the drop's target (None while no drag is over the canvas)."""
        return self._lane

    def _entry(self, event: QDropEvent) -> str | None:
        entry_id = entry_id_from(event.mimeData())
        catalogue = self.view.journey_scene.catalogue
        return entry_id if entry_id is not None and catalogue is not None and entry_id in catalogue else None

    def _target(self, event: QDragMoveEvent, entry_id: str) -> DropTarget | None:
        pos = self.view.mapToScene(event.position().toPoint())
        return self.view.journey_scene.drop_target(entry_id, pos)

    def enter(self, event: QDragEnterEvent) -> bool:
        """Take every drag that carries a catalogue entry we know, wherever it enters."""
        if self._entry(event) is None:
            return False
        self.move(event)
        return True

    def move(self, event: QDragMoveEvent) -> bool:
        """Follow the drag: show where the card would land (refused only for a payload we do not know)."""
        entry_id = self._entry(event)
        target = self._target(event, entry_id) if entry_id else None
        if not entry_id or target is None:
            self._clear()
            event.ignore()
            return False
        self._show(target)
        self._hover = (entry_id, event.position().toPoint())
        if self._edge() and not self._scroll.isActive():
            self._scroll.start()
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        return True

    def _edge(self) -> int:
        """-1 / 1 while the drag hovers near the view's top / bottom edge, else 0."""
        if self._hover is None:
            return 0
        y = self._hover[1].y()
        return -1 if y < EDGE else 1 if y > self.view.viewport().height() - EDGE else 0

    def _scroll_step(self) -> None:
        bar = self.view.verticalScrollBar()
        before = bar.value()
        bar.setValue(before + self._edge() * SCROLL_STEP)
        if bar.value() == before or self._hover is None:
            self._scroll.stop()
            return
        entry_id, at = self._hover
        target = self.view.journey_scene.drop_target(entry_id, self.view.mapToScene(at))
        if target is not None:
            self._show(target)

    def leave(self) -> None:
        self._clear()

    def drop(self, event: QDropEvent) -> str | None:
        """Add the entry where it was dropped; returns the new touchpoint's id (None when refused)."""
        self._clear()
        entry_id = self._entry(event)
        tid = self.view.journey_scene.drop_touchpoint(
            entry_id, self.view.mapToScene(event.position().toPoint())) if entry_id else None
        if tid is None:
            event.ignore()
            return None
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.view.setFocus()
        return tid

    # ---------------------------------------------------------------- what the drag shows
    def _show(self, target: DropTarget) -> None:
        scene = self.view.journey_scene
        projection = scene.projection
        scene.ghost.setPos(projection.card_position(target.phase, target.slot))
        scene.ghost.show()
        self._highlight(target.phase)
        back = self._pushed - set(target.shifts)
        if back:
            scene.reset_positions(back)
        for tid, (phase, position) in target.shifts.items():
            card = projection.cards.get(tid)
            if card is not None:
                card.setPos(projection.card_position(phase, position))
        if target.shifts:
            projection.refresh_links(target.shifts)
        self._pushed = set(target.shifts)

    def _highlight(self, phase: str | None) -> None:
        if phase == self._lane:
            return
        lanes = self.view.journey_scene.projection.lanes
        if self._lane in lanes:
            lanes[self._lane].set_drop_target(False)
        if phase in lanes:
            lanes[phase].set_drop_target(True)
        self._lane = phase

    def _clear(self) -> None:
        self._scroll.stop()
        self._hover = None
        scene = self.view.journey_scene
        scene.ghost.hide()
        self._highlight(None)
        pushed, self._pushed = self._pushed, set()
        pushed &= set(scene.projection.cards)
        if pushed:
            scene.reset_positions(pushed)
