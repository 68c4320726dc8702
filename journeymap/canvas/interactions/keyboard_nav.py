"""Moving between cards without a mouse, as in a board of cards (Trello, GitHub Projects) or a file list.

With the canvas focused:
- Tab / Shift+Tab go to the next / previous card in journey order (lane by lane, top to bottom); past the last
  (or before the first) card the focus leaves the canvas as usual, so the keyboard is never trapped.
- Arrow keys go to the neighbouring card: up/down within the lane, left/right to the nearest card of the next
  lane that has cards. Shift+arrow adds that card to the selection. Home/End: first/last card.
- Ctrl+Tab / Ctrl+Shift+Tab leave the canvas at once, however many cards it has.
- The menu key (or Shift+F10) opens the context menu at the current card.
- Alt+arrow keys move the selected cards one slot or one lane (one undo step per key), the way Alt+↑/↓ moves
  lines in code editors: moving is the rarer, deliberate act, so it takes the modifier, and plain arrows stay
  free for reading the map.
The card gone to is selected (the inspector follows) and scrolled into view; `canvas.accessibility` tells
screen readers about it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsView, QMenu

from journeymap.model import Touchpoint

if TYPE_CHECKING:
    from journeymap.canvas.view import JourneyView

_ARROWS: dict[int, tuple[int, int]] = {  # key → (lanes, slots)
    Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
MOVE_MODIFIER = Qt.KeyboardModifier.AltModifier
VISIBLE_MARGIN = 40


def neighbour(touchpoints: list[Touchpoint], phases: list[str], tid: str, d_lane: int, d_slot: int) -> str | None:
    """The card an arrow key goes to from `tid`: the next one up/down in its lane, or the nearest by position in
    the nearest lane left/right that has cards; None at the edge."""
    by_id = {tp.id: tp for tp in touchpoints}
    here = by_id.get(tid)
    if here is None or here.phase not in phases:
        return None
    if d_slot:
        lane = sorted((tp for tp in touchpoints if tp.phase == here.phase), key=lambda tp: (tp.position, tp.id))
        index = lane.index(here) + d_slot
        return lane[index].id if 0 <= index < len(lane) else None
    index = phases.index(here.phase) + d_lane
    while 0 <= index < len(phases):
        lane = [tp for tp in touchpoints if tp.phase == phases[index]]
        if lane:
            return min(lane, key=lambda tp: (abs(tp.position - here.position), tp.position, tp.id)).id
        index += d_lane
    return None


class KeyboardNavigation:
    """The view's keyboard reading of the map: which card is current and where keys go from it."""

    def __init__(self, view: JourneyView) -> None:
        self.view = view
        self._current: str | None = None

    @property
    def scene(self):
        return self.view.journey_scene

    def current(self) -> str | None:
        """The card keys start from: the one last gone to while it stays selected, else the first selected."""
        selected = self.scene.selected_touchpoint_ids()
        if self._current in selected:
            return self._current
        if not selected:
            return None
        order = self.scene.project.journey_order(self.scene.project.touchpoint(tid) for tid in selected)
        return order[0].id

    def anchor(self) -> str | None:
        """Where keys go from: the current card, else the card last gone to while it exists (after Esc, or with
        a link selected), so the keyboard keeps its place in the map."""
        current = self.current()
        if current is None and self._current is not None and self.scene.card(self._current) is not None:
            return self._current
        return current

    def go_to(self, tid: str, extend: bool = False) -> None:
        """Make `tid` the current card: select it (added to the selection with `extend`) and show it."""
        card = self.scene.card(tid)
        if card is None:
            return
        self._current = tid
        if extend:
            card.setSelected(True)
        else:
            self.scene.select_ids([tid])
        self.view.ensureVisible(card.sceneBoundingRect(), VISIBLE_MARGIN, VISIBLE_MARGIN)
        announcer = getattr(self.view, "announcer", None)
        if announcer is not None:
            announcer.announce()

    def step(self, forward: bool) -> bool:
        """Tab: the next (or previous) card in journey order; False past either end (the focus moves on)."""
        order = [tp.id for tp in self.scene.project.journey_order()]
        if not order:
            return False
        current = self.anchor()
        if current is None:
            target = order[0] if forward else order[-1]
        else:
            index = order.index(current) + (1 if forward else -1)
            if not 0 <= index < len(order):
                return False
            target = order[index]
        self.go_to(target)
        return True

    def context_menu(self) -> bool:
        """Open the canvas's context menu at the current card; False without one."""
        current = self.current()
        card = self.scene.card(current) if current is not None else None
        if card is None:
            return False
        self.view.ensureVisible(card.sceneBoundingRect(), VISIBLE_MARGIN, VISIBLE_MARGIN)
        menu = QMenu(self.view)
        self.scene.context_menu_requested.emit(menu)
        if not menu.isEmpty():
            corner = self.view.mapFromScene(card.card_rect().center())
            menu.exec(self.view.viewport().mapToGlobal(corner + QPoint(0, 8)))
        menu.deleteLater()
        return True

    def key_press(self, event: QKeyEvent) -> bool:
        """Arrows, Shift+arrows, Alt+arrows, Home, End and Ctrl+Tab; returns True when the key was used."""
        key, modifiers = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        project = self.scene.project
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and modifiers & Qt.KeyboardModifier.ControlModifier:
            forward = key == Qt.Key.Key_Tab and not modifiers & Qt.KeyboardModifier.ShiftModifier
            QGraphicsView.focusNextPrevChild(self.view, forward)  # Qt's own: past the cards, to the next control
            return True
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and not modifiers:
            order = project.journey_order()
            if order:
                self.go_to(order[0 if key == Qt.Key.Key_Home else -1].id)
            return bool(order)
        if key not in _ARROWS:
            return False
        d_lane, d_slot = _ARROWS[key]
        if modifiers == MOVE_MODIFIER:
            if self.scene.selected_cards():
                self.scene.nudge_selection(d_lane, d_slot)
                current = self.current()
                if current is not None and self.scene.card(current) is not None:
                    self.view.ensureVisible(self.scene.card(current).sceneBoundingRect(), VISIBLE_MARGIN,
                                            VISIBLE_MARGIN)
            return True
        if modifiers not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        current = self.anchor()
        if current is None:
            order = project.journey_order()
            if order:
                self.go_to(order[0].id)
            return True
        target = neighbour(list(project.touchpoints), list(project.phase_model.ids()), current, d_lane, d_slot)
        if target is not None:
            self.go_to(target, extend=modifiers == Qt.KeyboardModifier.ShiftModifier)
        return True
