"""Undo commands for touchpoints: add, remove (with their links), move, edit."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from journeymap.commands.base import ProjectCommand
from journeymap.model import Link, Project, Removal, Touchpoint


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Commands", text, None, n)


class AddItems(ProjectCommand):
    """Add touchpoints and the links between them in one step (drop, paste, add from recommender)."""

    def __init__(self, project: Project, touchpoints: Iterable[Touchpoint], links: Iterable[Link] = (),
                 text: str | None = None) -> None:
        self.touchpoints = tuple(touchpoints)
        self.links = tuple(links)
        super().__init__(project, text or _tr("Add %n touchpoint(s)", len(self.touchpoints)))

    def redo(self) -> None:
        for tp in self.touchpoints:
            self.project.add_touchpoint(tp)
        for link in self.links:
            self.project.add_link(link)

    def undo(self) -> None:
        if self.links:
            self.project.remove_links([link.id for link in self.links])
        self.project.remove_touchpoints([tp.id for tp in self.touchpoints])


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
            text = _tr("Delete %n item(s)", n_tp + n_ln)
        elif n_tp:
            text = _tr("Delete %n touchpoint(s)", n_tp)
        else:
            text = _tr("Delete %n link(s)", n_ln)
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
        super().__init__(project, text or _tr("Move %n touchpoint(s)", len(self.moves)))

    def redo(self) -> None:
        self.project.move_touchpoints(self.moves)

    def undo(self) -> None:
        self.project.move_touchpoints(self.before)


class EditTouchpoint(ProjectCommand):
    """Change fields of one touchpoint. Consecutive edits with the same `merge_key` merge into one step."""

    ID = 1001

    def __init__(self, project: Project, tid: str, changes: Mapping[str, Any], text: str | None = None,
                 merge_key: object = None) -> None:
        old = project.touchpoint(tid)
        self.tid = tid
        self.after = dict(changes)
        self.before = {key: getattr(old, key) for key in changes}
        self.merge_key = merge_key
        super().__init__(project, text or _tr("Edit touchpoint"))

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt override)
        if (
            not isinstance(other, EditTouchpoint)
            or self.merge_key is None
            or other.merge_key != self.merge_key
            or other.tid != self.tid
            or other.after.keys() != self.after.keys()
        ):
            return False
        self.after = dict(other.after)
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.project.update_touchpoint(self.tid, **self.after)

    def undo(self) -> None:
        self.project.update_touchpoint(self.tid, **self.before)
