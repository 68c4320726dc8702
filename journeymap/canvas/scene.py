"""`JourneyScene`: the journey as a QGraphicsScene — lanes, cards, links, emotion curve — and the edits the
canvas offers (drop, add, move, nudge, link, delete). Every edit becomes one undo command in `edits` (`MapEdits`);
the items themselves follow the model through `Projection`.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import NamedTuple

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneContextMenuEvent, QGraphicsSceneHelpEvent, QMenu

from journeymap.canvas.edits import MapEdits
from journeymap.canvas.items.card import HANDLE_POS, CardItem
from journeymap.canvas.items.link import LABEL_MIN_ZOOM, LinkItem
from journeymap.canvas.items.markers import GhostCard, LinkHandle
from journeymap.canvas.items.overview import (
    OVERVIEW_ZOOM,
    LinkBatchItem,
    OverviewItem,
    set_link_batch,
    set_overview,
)
from journeymap.canvas.items.tracks import TrackItem
from journeymap.canvas.map_filter import MapFilter
from journeymap.canvas.projection import Projection
from journeymap.canvas.text import READABLE_PX
from journeymap.canvas.tooltips import show_tooltip
from journeymap.collector import paused_gc
from journeymap.layout import SLOT, position_at
from journeymap.layout import theme as t
from journeymap.layout.geometry import Lane
from journeymap.model import Project, Touchpoint, new_id

MARGIN = 40.0  # empty room around the map


class DropTarget(NamedTuple):
    """Where a dropped catalogue entry lands: its lane and slot, and the cards that move down to make room."""

    phase: str
    slot: float
    shifts: dict[str, tuple[str, float]]


class JourneyScene(QGraphicsScene):
    """The canvas of one document. Keeps its own references to `document` and `catalogue`."""

    selection_ids_changed = Signal(list, list)  # selected touchpoint ids, selected link ids
    context_menu_requested = Signal(QMenu)  # fill the menu for the selection; it shows unless left empty

    def __init__(self, document, catalogue=None, lang: str = "de", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edits = MapEdits(document)
        self.catalogue = catalogue
        self._lang = lang
        self.label_px = READABLE_PX  # how tall card labels should be on screen (px); the workshop asks for more
        # Cards and links draw less detail zoomed out (`canvas.text.card_detail`, `LOD_THRESHOLD`); True draws
        # everything at any zoom (benchmarks compare the full-detail drawing with the zoom's own).
        self.full_detail = False
        self._overview = False  # zoom-dependent drawing: see `set_zoom_drawing`
        self._links_batched = False
        self._hairlines = False  # zoomed out to where links are drawn as hairlines (below `LOD_THRESHOLD`)
        # Mostly static items, a few moving at a time: the BSP index makes hit tests and exposure fast at 6,000
        # items; the few items a drag moves are re-indexed lazily.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor("#EEF0F3"))
        self._batch = 0
        self._selection: tuple[list[str], list[str]] = ([], [])
        self._hovered: CardItem | None = None
        self._dragging = False
        self.handle = LinkHandle()
        self.ghost = GhostCard()
        self.addItem(self.handle)
        self.addItem(self.ghost)
        with paused_gc():  # see `paused_gc`: a big map's build allocates thousands of lasting objects
            self.projection = Projection(self, document.project, catalogue, lang, on_card_hover=self._card_hovered,
                                         on_geometry=self._geometry_changed, on_card_moved=self._sync_handle,
                                         on_removing=self._hold_selection)
        self.overview_item = OverviewItem(self.projection)
        self.addItem(self.overview_item)
        self.link_batch_item = LinkBatchItem(self.projection)
        self.addItem(self.link_batch_item)
        self.track_item = TrackItem(self.projection)  # the dashed links' straight runs: `items.tracks`
        self.track_item.setVisible(True)
        self.addItem(self.track_item)
        self.map_filter = MapFilter(document.project, self.projection)  # the Opportunities panel's filter
        self._geometry_changed()
        self.selectionChanged.connect(self._qt_selection_changed)
        projection = weakref.ref(self.projection)  # a strong reference here would keep the scene alive forever

        def detach(*_args: object) -> None:
            alive = projection()
            if alive is not None:
                alive.detach()
        self.destroyed.connect(detach)

    # ---------------------------------------------------------------- access
    @property
    def project(self) -> Project:
        return self.document.project

    @property
    def lang(self) -> str:
        return self._lang

    def card(self, tid: str) -> CardItem | None:
        """The card of a touchpoint (None if there is none)."""
        return self.projection.cards.get(tid)

    def link_item(self, lid: str) -> LinkItem | None:
        return self.projection.links.get(lid)

    def cards(self) -> Iterable[CardItem]:
        return self.projection.cards.values()

    def link_items(self) -> Iterable[LinkItem]:
        return self.projection.links.values()

    def card_at(self, scene_pos: QPointF, exclude: str | None = None) -> CardItem | None:
        """The topmost card under a scene point."""
        for item in self.items(scene_pos):
            if isinstance(item, CardItem) and item.tid != exclude:
                return item
        return None

    @property
    def persona_layer(self):
        """Which personas the map shows, their paths and curves (`PersonaLayer`; view state, not undoable)."""
        return self.projection.personas

    def map_rect(self) -> QRectF:
        """The map: lanes, headers, the loop-back margin and the emotion band."""
        g = self.projection.geometry
        return QRectF(0, 0, g.width, g.height)

    def natural_map_height(self) -> float:
        """The map's height as its cards need it (without the view's stretching)."""
        return self.projection.natural_height()

    def set_min_map_height(self, height: float) -> None:
        """Stretch the lanes so the map is at least `height` tall (the view fills itself with them; 0: as tall
        as the cards need). The scene rect follows at once."""
        self.projection.set_min_height(height)

    @contextmanager
    def natural_size(self) -> Iterator[None]:
        """The map as tall as its cards need, whatever the view stretched it to (pictures of the map)."""
        height = self.projection.min_height
        self.projection.set_min_height(0.0)
        try:
            yield
        finally:
            self.projection.set_min_height(height)

    def flush_updates(self) -> None:
        """Do pending deferred updates (curve, lane heights) now instead of on the next event-loop turn."""
        self.projection.flush()

    def detach(self) -> None:
        """Stop following the document's project (before dropping the scene while the document lives on)."""
        self.projection.detach()
        self.overview_item.detach()
        self.map_filter.detach()

    # ---------------------------------------------------------------- overview (far zoomed out)
    @property
    def overview(self) -> bool:
        """Drawn as an overview: cards and links by one item (`items.overview`); the view sets it by its zoom."""
        return self._overview

    def set_overview(self, on: bool) -> None:
        if on != self._overview:
            if on:
                self.set_links_batched(False)
            self._overview = on
            set_overview(self.projection, self.overview_item, on)
            self._sync_track()

    @property
    def links_batched(self) -> bool:
        """Links drawn by one item (`items.overview.LinkBatchItem`): zoomed out to where links show no labels
        (`LABEL_MIN_ZOOM`), but not as far as the overview; the view sets it by its zoom. (Batching where labels
        show, at 100 %, was measured: no faster there, where drawing the full-width links costs more than calling
        them.)"""
        return self._links_batched

    def set_links_batched(self, on: bool) -> None:
        on = on and not self._overview  # the overview draws the links itself
        if on != self._links_batched:
            self._links_batched = on
            set_link_batch(self.projection, self.link_batch_item, on)
            self._sync_track()

    def _repaint_batched_links(self) -> None:
        """Selected links are drawn in the selection's colour: the batch item repaints what shows."""
        if self._links_batched:
            with contextlib.suppress(RuntimeError):  # the scene is being destroyed, its items already are
                self.link_batch_item.update()

    def set_zoom_drawing(self, zoom: float) -> None:
        """Draw as suits `zoom`: the overview far out, the links batched while they show no labels."""
        self.set_overview(zoom < OVERVIEW_ZOOM)
        self._hairlines = zoom < t.LOD_THRESHOLD
        self.set_links_batched(zoom < LABEL_MIN_ZOOM)
        self._sync_track()

    def _sync_track(self) -> None:
        """The track item draws the dashed links' straight runs wherever links are drawn in full detail (not as
        the batch's hairlines, not in the overview)."""
        hairlines = self._links_batched and self._hairlines and not self.full_detail
        self.track_item.setVisible(not self._overview and not hairlines)

    def render(self, painter: QPainter, target: QRectF | QRect = QRectF(),  # noqa: B008
               source: QRectF | QRect = QRectF(),  # noqa: B008
               mode: Qt.AspectRatioMode = Qt.AspectRatioMode.KeepAspectRatio) -> None:
        """`QGraphicsScene.render`, drawn as an overview (or with batched links) exactly when its scale is an
        overview's (or a batch's) (pictures, thumbnails), whatever the view shows meanwhile."""
        area = source if not source.isNull() else self.sceneRect()
        device = painter.device()
        goal = target if not target.isNull() else QRectF(0, 0, device.width(), device.height())
        scale = min(goal.width() / area.width(), goal.height() / area.height()) if area.width() and area.height() \
            else 1.0
        scale *= max(abs(painter.worldTransform().m11()), abs(painter.worldTransform().m22())) or 1.0
        previous = self._overview, self._links_batched
        self.set_zoom_drawing(scale)
        try:
            super().render(painter, target, source, mode)
        finally:
            self.set_overview(previous[0])
            self.set_links_batched(previous[1])

    # ---------------------------------------------------------------- selection
    def selected_cards(self) -> list[CardItem]:
        return [item for item in self.selectedItems() if isinstance(item, CardItem)]

    def selected_touchpoint_ids(self) -> list[str]:
        return [item.tid for item in self.selectedItems() if isinstance(item, CardItem)]

    def selected_link_ids(self) -> list[str]:
        return [item.lid for item in self.selectedItems() if isinstance(item, LinkItem)]

    @contextmanager
    def _batched(self) -> Iterator[None]:
        """Change the selection item by item but announce it once."""
        self._hold_selection(True)
        try:
            yield
        finally:
            self._hold_selection(False)

    def _hold_selection(self, on: bool) -> None:
        """Hold the selection's announcement (True) until every hold is let go (False), then announce it once:
        while the selection is changed item by item, or the model removes thousands of items."""
        if on:
            self._batch += 1
            return
        self._batch -= 1
        if not self._batch:
            self._qt_selection_changed()

    def _qt_selection_changed(self) -> None:
        """Qt's `selectionChanged` (after each item while the selection is held, so nothing is done then)."""
        if self._batch:
            return
        self._selection_changed()
        self._repaint_batched_links()
        self._sync_handle()

    def select_ids(self, ids: Iterable[str]) -> None:
        """Select exactly these touchpoints and/or links (unknown ids are ignored)."""
        with self._batched():
            self.clearSelection()
            for item_id in ids:
                item = self.projection.cards.get(item_id) or self.projection.links.get(item_id)
                if item is not None:
                    item.setSelected(True)

    def select_all(self) -> None:
        with self._batched():
            for item in (*self.projection.cards.values(), *self.projection.links.values()):
                item.setSelected(True)

    def current_phase(self) -> str | None:
        """The lane of the current selection: the first selected card's, else the first selected link's source."""
        for item in self.selectedItems():
            if isinstance(item, CardItem):
                return item.touchpoint.phase
        for item in self.selectedItems():
            if isinstance(item, LinkItem):
                return self.project.touchpoint(item.link.source).phase
        return None

    def _selection_changed(self) -> None:
        if self._batch:
            return
        selection = (self.selected_touchpoint_ids(), self.selected_link_ids())
        if selection != self._selection:
            self._selection = selection
            self.selection_ids_changed.emit(list(selection[0]), list(selection[1]))

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        """Right-click: the item under the cursor joins the selection unless already in it; listeners of
        `context_menu_requested` fill the menu."""
        item: CardItem | LinkItem | None = self.card_at(event.scenePos())
        if item is None:
            item = next((i for i in self.items(event.scenePos()) if isinstance(i, LinkItem)), None)
        if item is not None and not item.isSelected():
            self.select_ids([item.tid if isinstance(item, CardItem) else item.lid])
        menu = QMenu(event.widget())
        self.context_menu_requested.emit(menu)
        if not menu.isEmpty():
            menu.exec(event.screenPos())
        menu.deleteLater()
        event.accept()

    # ---------------------------------------------------------------- the link handle
    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """Tooltips: cards and links make theirs when shown (`canvas.tooltips`)."""
        show_tooltip(self, event)

    def _card_hovered(self, card: CardItem, on: bool) -> None:
        if on:
            self._hovered = card
        elif self._hovered is card:
            self._hovered = None
        self._sync_handle()

    def set_dragging(self, on: bool) -> None:
        """While cards are dragged the link handle hides."""
        self._dragging = on
        self._sync_handle()

    def _sync_handle(self) -> None:
        card = self._hovered if self._hovered is not None and self._hovered.scene() is self else None
        if card is None and not self._batch:
            selected = self.selectedItems()
            if len(selected) == 1 and isinstance(selected[0], CardItem):
                card = selected[0]
        if card is None or self._dragging:
            self.handle.hide()
            self.handle.card_id = None
            return
        self.handle.card_id = card.tid
        self.handle.setPos(card.pos() + HANDLE_POS)
        self.handle.show()

    def _geometry_changed(self) -> None:
        rect = self.map_rect()
        self.setSceneRect(rect.adjusted(-MARGIN, 0, MARGIN, MARGIN))
        for name in ("overview_item", "link_batch_item", "track_item"):
            item = getattr(self, name, None)
            if item is not None:
                item.update_bounds()

    # ---------------------------------------------------------------- adding touchpoints
    def lane_near(self, x: float) -> Lane:
        """The lane under `x`, else the nearest one (left or right of the map)."""
        lanes = self.projection.geometry.lanes
        return self.projection.geometry.lane_at(x) or (lanes[0] if x < 0 else lanes[-1])

    def drop_target(self, entry_id: str, scene_pos: QPointF) -> DropTarget | None:
        """Where a catalogue entry dropped at `scene_pos` lands, wherever that is: in the lane under the cursor
        (else the nearest lane), between the cards above and below the cursor (`SlotIndex.insertion`)."""
        if self.catalogue is None or entry_id not in self.catalogue:
            return None
        phase = self.lane_near(scene_pos.x()).phase_id
        top = self.projection.card_position(phase, 0.0).y()
        slot, shifts = self.projection.slots.insertion(phase, (scene_pos.y() - top) / SLOT)
        return DropTarget(phase, slot, {tid: (phase, position) for tid, position in shifts.items()})

    def drop_touchpoint(self, entry_id: str, scene_pos: QPointF) -> str | None:
        """Add a catalogue entry where it was dropped (one undo step, with the cards it pushes down); returns
        the new touchpoint's id."""
        target = self.drop_target(entry_id, scene_pos)
        if target is None:
            return None
        return self._add_entry(entry_id, target.phase, target.slot, target.shifts)

    def add_from_catalogue(self, entry_id: str, phase_id: str | None = None) -> str:
        """Add a catalogue entry to `phase_id`, else the selected card's lane, else the first lane, in the next
        free slot (one undo step); returns the new touchpoint's id. `KeyError` for an unknown entry."""
        if self.catalogue is None:
            raise KeyError(entry_id)
        self.catalogue.get(entry_id)
        phase = phase_id or self.current_phase() or self.project.phase_model.phases[0].id
        return self._add_entry(entry_id, phase, self.projection.slots.next_free(phase))

    def _add_entry(self, entry_id: str, phase: str, position: float,
                   shifts: dict[str, tuple[str, float]] | None = None) -> str:
        entry = self.catalogue.get(entry_id)
        tp = Touchpoint(id=new_id("tp"), catalogue_id=entry.id, label=entry.name.get(self._lang), phase=phase,
                        position=position, kind=entry.kind, contact=entry.contact)
        self.edits.add_touchpoint(tp, shifts)
        self.select_ids([tp.id])
        return tp.id

    # ---------------------------------------------------------------- moving
    def place_of(self, card: CardItem) -> tuple[str, float]:
        """Where a card that was dragged to its current spot wants to go: (lane under its centre, slot)."""
        lane = self.lane_near(card.pos().x() + t.CARD_WIDTH / 2)
        return lane.phase_id, position_at(card.pos().y())

    def commit_drag(self, tids: Iterable[str]) -> dict[str, tuple[str, float]]:
        """After a drag: snap the dragged cards to free slots in the lanes they were dropped into, as one
        `MoveTouchpoints`; returns the moves (empty when nothing changed)."""
        cards = [self.projection.cards[tid] for tid in tids if tid in self.projection.cards]
        plan = self.projection.slots.plan([(card.tid, *self.place_of(card)) for card in cards])
        cards_by_id = self.projection.cards
        moves = {tid: place for tid, place in plan.items()
                 if place != (cards_by_id[tid].touchpoint.phase, cards_by_id[tid].touchpoint.position)}
        self.reset_positions(card.tid for card in cards)
        self.edits.move(moves)
        return moves

    def reset_positions(self, tids: Iterable[str]) -> None:
        """Put cards back where the model has them (after a cancelled or ineffective drag)."""
        tids = list(tids)
        for tid in tids:
            card = self.projection.cards[tid]
            card.setPos(self.projection.card_position(card.touchpoint.phase, card.touchpoint.position))
        self.projection.refresh_links(tids)
        self._sync_handle()

    def nudge_selection(self, d_lane: int, d_slot: int) -> bool:
        """Arrow keys: move the selected cards one lane left/right or one free slot up/down (one undo step)."""
        cards = [(c.tid, c.touchpoint.phase, c.touchpoint.position) for c in self.selected_cards()]
        if not cards:
            return False
        plan = self.projection.slots.nudge(cards, self.project.phase_model.ids(), d_lane, d_slot)
        current = {tid: (phase, pos) for tid, phase, pos in cards}
        return self.edits.move({tid: place for tid, place in plan.items() if place != current[tid]})

    # ---------------------------------------------------------------- links and deleting
    def add_link(self, source: str, target: str) -> str | None:
        """Link two touchpoints (one undo step) and select the link; None when they are the same or already
        linked this way. A link from the last phase (advocacy) to the first is a loop-back."""
        link = self.edits.link(source, target)
        if link is None:
            return None
        self.select_ids([link.id])
        return link.id

    def delete_selection(self) -> bool:
        """Delete the selected cards (with their links) and links as one undo step."""
        return self.edits.delete(self.selected_touchpoint_ids(), self.selected_link_ids())

    # ---------------------------------------------------------------- language
    def set_language(self, lang: str) -> None:
        """Show lane headers and tooltips in `lang` (`de`/`en`); new touchpoints get their names in it."""
        self._lang = lang
        self.projection.set_language(lang)
        self.handle.retranslate()

