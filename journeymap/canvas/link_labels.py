"""The canvas's link labels: `layout.link_labels.LabelPlacer` fed with the cards' places and the links' routes.

`Projection` owns one. Cards report where they are (also while dragged), links their routes; each change
re-places only the labels it concerns, never anything per paint.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF

from journeymap.canvas.style import fonts
from journeymap.canvas.text import elide
from journeymap.layout import Rect
from journeymap.layout import theme as t
from journeymap.layout.link_labels import LabelPlacer, card_obstacle

if TYPE_CHECKING:
    from journeymap.canvas.items.card import CardItem
    from journeymap.canvas.items.link import LinkItem


class LinkLabels:
    """Keeps every link label of one scene where it is readable."""

    def __init__(self) -> None:
        metrics = fonts().link_metrics
        self.placer = LabelPlacer(metrics.horizontalAdvance, lambda text, width: elide(text, metrics, width))
        self._items: dict[str, LinkItem] = {}

    def card_moved(self, card: CardItem) -> None:
        """A card was placed or moved: labels it now covers go elsewhere."""
        pos = card.pos()
        box = card_obstacle(Rect(pos.x(), pos.y(), t.CARD_WIDTH, t.CARD_HEIGHT))
        self._replace(self.placer.set_obstacle(card.tid, box))

    def cards_moved(self, cards: Iterable[CardItem]) -> None:
        for card in cards:
            self.card_moved(card)

    def card_removed(self, tid: str) -> None:
        self.placer.set_obstacle(tid, None)

    def link_routed(self, item: LinkItem) -> None:
        """A link got a new route or label: place its label again."""
        self._items[item.lid] = item
        self._place(item)

    def link_removed(self, lid: str) -> None:
        self._items.pop(lid, None)
        self.placer.remove(lid)

    def relayout(self) -> None:
        """Place every label afresh (after the lanes changed): short links first, they have the least room."""
        items = sorted(self._items.values(), key=lambda item: item.drawn_path.length())
        for item in items:
            self.placer.remove(item.lid)
        for item in items:
            self._place(item)

    def _replace(self, lids: Iterable[str]) -> None:
        for lid in lids:
            item = self._items.get(lid)
            if item is not None:
                self._place(item)

    def _place(self, item: LinkItem) -> None:
        if not item.link.label and not item.label_text and self.placer.spot(item.lid) is None:
            return  # no label, none shown, none placed (most links of a big map, every time one is routed)
        spot = None
        if item.link.label and item.route:
            spot = self.placer.place(item.lid, item.route, item.link.label)
        else:
            self.placer.remove(item.lid)
        if spot is None:
            item.set_label_spot("", QRectF())
        else:
            item.set_label_spot(spot.text, QRectF(spot.x, spot.y, spot.w, spot.h))
