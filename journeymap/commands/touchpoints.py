"""Undo commands for touchpoints: add, remove (with their links), move, edit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from journeymap.commands.base import EditFields, ProjectCommand, too_many
from journeymap.commands.texts import TEXTS
from journeymap.model import Link, Opportunity, Project, Removal, Touchpoint


class AddItems(ProjectCommand):
    """Add touchpoints, the links between them and opportunities of theirs in one step (drop, paste, add from
    recommender); `moves` first moves other touchpoints to make room (a drop between two cards pushes the lower
    ones down)."""

    def __init__(self, project: Project, touchpoints: Iterable[Touchpoint], links: Iterable[Link] = (),
                 text: str | None = None, moves: Mapping[str, tuple[str, float]] | None = None,
                 opportunities: Iterable[Opportunity] = ()) -> None:
        self.touchpoints = tuple(touchpoints)
        self.links = tuple(links)
        self.opportunities = tuple(opportunities)
        self.moves = dict(moves or {})
        self.before = {tid: (project.touchpoint(tid).phase, project.touchpoint(tid).position) for tid in self.moves}
        super().__init__(project, text or TEXTS.add_touchpoints(len(self.touchpoints)))

    def check(self) -> None:
        too_many(self.project, len(self.touchpoints), len(self.links))

    def redo(self) -> None:
        if self.moves:
            self.project.move_touchpoints(self.moves)
        for tp in self.touchpoints:
            self.project.add_touchpoint(tp)
        for link in self.links:
            self.project.add_link(link)
        for opportunity in self.opportunities:
            self.project.add_opportunity(opportunity)

    def undo(self) -> None:
        if self.opportunities:
            self.project.remove_opportunities([o.id for o in self.opportunities])
        if self.links:
            self.project.remove_links([link.id for link in self.links])
        self.project.remove_touchpoints([tp.id for tp in self.touchpoints])
        if self.before:
            self.project.move_touchpoints(self.before)


class RemoveItems(ProjectCommand):
    """Delete touchpoints (with every link that touches them) and links in one step."""

    def __init__(self, project: Project, touchpoint_ids: Iterable[str], link_ids: Iterable[str] = ()) -> None:
        self.touchpoint_ids = tuple(dict.fromkeys(touchpoint_ids))
        gone = set(self.touchpoint_ids)
        # links attached to removed touchpoints go with them; remove only the others explicitly
        self.link_ids = tuple(
            lid for lid in dict.fromkeys(link_ids)
            if project.link(lid).source not in gone and project.link(lid).target not in gone
        )
        n_tp, n_ln = len(self.touchpoint_ids), len(self.link_ids)
        if n_tp and n_ln:
            text = TEXTS.delete_items(n_tp + n_ln)
        elif n_tp:
            text = TEXTS.delete_touchpoints(n_tp)
        else:
            text = TEXTS.delete_links(n_ln)
        super().__init__(project, text)
        self._removals: list[Removal] = []

    def redo(self) -> None:
        self._removals = []
        if self.link_ids:
            self._removals.append(self.project.remove_links(self.link_ids))
        if self.touchpoint_ids:
            self._removals.append(self.project.remove_touchpoints(self.touchpoint_ids))

    def undo(self) -> None:
        for removal in reversed(self._removals):
            self.project.restore(removal)
        self._removals = []


class MoveTouchpoints(ProjectCommand):
    """Move one or more touchpoints to new (phase, position) places: one step per drag."""

    def __init__(self, project: Project, moves: Mapping[str, tuple[str, float]], text: str | None = None) -> None:
        self.moves = dict(moves)
        self.before = {tid: (project.touchpoint(tid).phase, project.touchpoint(tid).position) for tid in moves}
        super().__init__(project, text or TEXTS.move_touchpoints(len(self.moves)))

    def redo(self) -> None:
        self.project.move_touchpoints(self.moves)

    def undo(self) -> None:
        self.project.move_touchpoints(self.before)


class EditTouchpoint(EditFields):
    """Change fields of one touchpoint; typing in one field (same `merge_key`) is one step."""

    ID = 1001
    getter, updater = "touchpoint", "update_touchpoint"

    def __init__(self, project: Project, tid: str, changes: Mapping[str, Any], text: str | None = None,
                 merge_key: object = None) -> None:
        super().__init__(project, tid, changes, text or TEXTS.edit_touchpoint(), merge_key)


class EditTouchpoints(ProjectCommand):
    """Set the same fields on several touchpoints (the inspector's page for a selection of them): one step."""

    def __init__(self, project: Project, tids: Iterable[str], changes: Mapping[str, Any],
                 text: str | None = None) -> None:
        self.after = dict(changes)
        self.before = {tid: {key: getattr(project.touchpoint(tid), key) for key in changes} for tid in tids}
        super().__init__(project, text or TEXTS.edit_touchpoints(len(self.before)))

    @property
    def changed(self) -> bool:
        """Does the edit change any of them? (An edit that does not is never pushed.)"""
        return any(before != self.after for before in self.before.values())

    def redo(self) -> None:
        for tid in self.before:
            self.project.update_touchpoint(tid, **self.after)

    def undo(self) -> None:
        for tid, before in self.before.items():
            self.project.update_touchpoint(tid, **before)
