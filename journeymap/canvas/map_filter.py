"""The map filter of the Opportunities panel: the cards of the chosen touchpoints stay as they are, every other card
(and every link that does not join two chosen cards) is dimmed. It only changes how the map looks: no undo step,
nothing saved. It composes with the persona focus (an item stays dimmed while either dims it).
"""

from __future__ import annotations

from collections.abc import Iterable

from journeymap.canvas.items.persona_items import dim
from journeymap.canvas.projection import Projection
from journeymap.model import Link, Project, Touchpoint

REASON = "filter"


class MapFilter:
    """Dims what lies outside `ids` (`set_ids(None)`: nothing), also for cards and links added later."""

    def __init__(self, project: Project, projection: Projection) -> None:
        self.project, self.projection = project, projection
        self.ids: frozenset[str] | None = None
        project.touchpoint_added.connect(self._touchpoint_added)
        project.link_added.connect(self._link_added)

    def detach(self) -> None:
        self.project.touchpoint_added.disconnect(self._touchpoint_added)
        self.project.link_added.disconnect(self._link_added)

    def set_ids(self, ids: Iterable[str] | None) -> None:
        new = None if ids is None else frozenset(ids)
        if new == self.ids:
            return
        self.ids = new
        for tid, card in self.projection.cards.items():
            dim(card, new is not None and tid not in new, REASON)
        for lid, item in self.projection.links.items():
            dim(item, self._outside(self.project.link(lid)) if self.project.has_link(lid) else False, REASON)

    def dimmed(self, tid: str) -> bool:
        return self.ids is not None and tid not in self.ids

    def _outside(self, link: Link) -> bool:
        return self.ids is not None and not {link.source, link.target} <= self.ids

    def _touchpoint_added(self, tp: Touchpoint) -> None:
        card = self.projection.cards.get(tp.id)
        if card is not None and self.ids is not None:
            dim(card, tp.id not in self.ids, REASON)

    def _link_added(self, link: Link) -> None:
        item = self.projection.links.get(link.id)
        if item is not None and self.ids is not None:
            dim(item, self._outside(link), REASON)
