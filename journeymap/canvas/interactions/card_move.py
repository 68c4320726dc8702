"""Moving cards with the mouse: the selected cards follow freely (their links too), a ghost shows where the
card under the cursor will land; on release they snap to free slots of the lanes they were dropped into, as
one `MoveTouchpoints` undo step. Esc puts them back."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from journeymap.canvas.interactions.base import Interaction
from journeymap.canvas.items.card import CardItem


class CardMove(Interaction):
    """Drag the selection, starting from a press on `card`."""

    DRAG_Z = 5.0

    def __init__(self, view, card: CardItem, event: QMouseEvent) -> None:
        super().__init__(view)
        self.card = card
        self._press_view = event.position()
        self._press_scene = self.scene_pos(event)
        cards = self.scene.selected_cards() or [card]
        self._start: dict[str, QPointF] = {c.tid: c.pos() for c in cards}
        self.moving = False

    @property
    def tids(self) -> list[str]:
        return list(self._start)

    def mouse_move(self, event: QMouseEvent) -> None:
        if not self.moving:
            if (event.position() - self._press_view).manhattanLength() < QApplication.startDragDistance():
                return
            self.moving = True
            self.scene.set_dragging(True)
            for tid in self._start:
                card = self.scene.card(tid)
                if card is not None:
                    card.setZValue(self.DRAG_Z)
        delta = self.scene_pos(event) - self._press_scene
        for tid, start in self._start.items():
            card = self.scene.card(tid)
            if card is not None:
                card.setPos(start + delta)
        self.scene.projection.refresh_links(tid for tid in self._start if self.scene.card(tid) is not None)
        self._show_ghost()

    def _show_ghost(self) -> None:
        if self.card.scene() is not self.scene:
            self.scene.ghost.hide()
            return
        phase, wanted = self.scene.place_of(self.card)
        slot = self.scene.projection.slots.slot_for(phase, wanted, excluding=self._start)
        self.scene.ghost.setPos(self.scene.projection.card_position(phase, slot))
        self.scene.ghost.show()

    def mouse_release(self, event: QMouseEvent) -> None:
        if self.moving:
            self._end_drag()
            self.scene.commit_drag([tid for tid in self._start if self.scene.card(tid) is not None])
        self.finish()

    def cancel(self) -> None:
        if self.moving:
            self._end_drag()
            self.scene.reset_positions(tid for tid in self._start if self.scene.card(tid) is not None)
        self.finish()

    def _end_drag(self) -> None:
        self.scene.ghost.hide()
        for tid in self._start:
            card = self.scene.card(tid)
            if card is not None:
                card.setZValue(0)
        self.scene.set_dragging(False)
