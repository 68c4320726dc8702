"""`MapEdits`: the one place where gestures on the map become undo commands.

The scene, the view's interactions (drop, drag, nudge, link, rename, delete) and the panels that act on the map's
selection (personas) call these methods with ids and values; each builds exactly one command and pushes it on the
document's undo stack, or pushes nothing when the gesture changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from journeymap.commands import (
    AddItems,
    AddLink,
    EditTouchpoint,
    MoveTouchpoints,
    RemoveItems,
    SetPersonaEmotion,
    SetPersonaPath,
)
from journeymap.model import Link, Project, Touchpoint, new_id

if TYPE_CHECKING:
    from journeymap.document import Document


class MapEdits:
    """Turns the map's gestures on one document into undo commands."""

    def __init__(self, document: Document) -> None:
        self.document = document

    @property
    def project(self) -> Project:
        return self.document.project

    def add_touchpoint(self, tp: Touchpoint, shifts: Mapping[str, tuple[str, float]] | None = None) -> None:
        """Add `tp` (a card dropped or added from the catalogue), first moving the cards in `shifts` to make room."""
        text = QCoreApplication.translate("Canvas", "Add “%1”").replace("%1", tp.label)
        self.document.push(AddItems(self.project, [tp], text=text, moves=shifts))

    def move(self, moves: Mapping[str, tuple[str, float]]) -> bool:
        """Move cards to new (phase, position) places: one step for a whole drag or nudge; False: no move."""
        if not moves:
            return False
        self.document.push(MoveTouchpoints(self.project, moves))
        return True

    def link(self, source: str, target: str) -> Link | None:
        """Link two touchpoints; None when they are the same, unknown or already linked this way. A link from the
        last phase (advocacy) to the first is a loop-back."""
        project = self.project
        if source == target or not (project.has_touchpoint(source) and project.has_touchpoint(target)):
            return None
        if any(link.source == source and link.target == target for link in project.links_of(source)):
            return None
        ids = project.phase_model.ids()
        closes_loop = (project.touchpoint(source).phase == ids[-1]
                       and project.touchpoint(target).phase == ids[0] and len(ids) > 1)
        link = Link(id=new_id("link"), source=source, target=target, kind="loop_back" if closes_loop else "step")
        self.document.push(AddLink(project, link))
        return link

    def delete(self, touchpoint_ids: Iterable[str], link_ids: Iterable[str] = ()) -> bool:
        """Delete cards (with their links) and links; False when there is nothing to delete."""
        tids, lids = list(touchpoint_ids), list(link_ids)
        if not tids and not lids:
            return False
        self.document.push(RemoveItems(self.project, tids, lids))
        return True

    def rename(self, tid: str, label: str) -> bool:
        """A card's new label (spaces collapsed); False when it is empty, unchanged or the card is gone."""
        text = " ".join(label.split())
        project = self.project
        if not text or not project.has_touchpoint(tid) or text == project.touchpoint(tid).label:
            return False
        step = QCoreApplication.translate("Canvas", "Rename touchpoint")
        self.document.push(EditTouchpoint(project, tid, {"label": text}, text=step))
        return True

    def put_on_path(self, pid: str, touchpoint_ids: Iterable[str] = (), link_ids: Iterable[str] = (),
                    on: bool = True) -> bool:
        """Put touchpoints and links on a persona's path (`on`) or take them off; False when nothing changes."""
        return self._push_if_changed(SetPersonaPath(self.project, pid, touchpoint_ids, link_ids, on))

    def set_persona_emotion(self, pid: str, tid: str, score: int | None) -> bool:
        """A persona's own emotion at a touchpoint (None: the touchpoint's own); False when nothing changes."""
        return self._push_if_changed(SetPersonaEmotion(self.project, pid, tid, score))

    def _push_if_changed(self, command: SetPersonaPath | SetPersonaEmotion) -> bool:
        if not command.changed:
            return False
        self.document.push(command)
        return True
