"""Bases of the undo commands: they hold the project and ids/values, never scene items."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from journeymap.commands.texts import TEXTS
from journeymap.model import ModelError, Project
from journeymap.model.limits import MAX_LINKS, MAX_TOUCHPOINTS


class ProjectCommand(QUndoCommand):
    """A user edit on a project; `redo()` applies it (QUndoStack.push calls it once), `undo()` reverts it."""

    def __init__(self, project: Project, text: str) -> None:
        super().__init__(text)
        self.project = project

    def check(self) -> None:
        """Raise a ModelError (its text fit for the user) when the journey cannot take this edit as it is now;
        `Document.push` asks before applying it, so a refused edit changes nothing and is not stacked."""


class EditFields(ProjectCommand):
    """Change some fields of one item. Consecutive edits of the same fields of the same item with the same
    `merge_key` (e.g. one typing session in one field) merge into one undo step.

    Subclasses name the project's getter and updater for their kind of item (`touchpoint`/`update_touchpoint`).
    """

    ID = 1000
    getter = ""
    updater = ""

    def __init__(self, project: Project, item_id: str, changes: Mapping[str, Any], text: str,
                 merge_key: object = None) -> None:
        old = getattr(project, self.getter)(item_id)
        self.item_id = item_id
        self.after = dict(changes)
        self.before = {key: getattr(old, key) for key in changes}
        self.merge_key = merge_key
        super().__init__(project, text)

    @property
    def changed(self) -> bool:
        """Does the edit change anything? (An edit that does not is never pushed.)"""
        return self.after != self.before

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            type(other) is not type(self)
            or self.merge_key is None
            or other.merge_key != self.merge_key
            or other.item_id != self.item_id
            or other.after.keys() != self.after.keys()
        ):
            return False
        self.after = dict(other.after)
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        getattr(self.project, self.updater)(self.item_id, **self.after)

    def undo(self) -> None:
        getattr(self.project, self.updater)(self.item_id, **self.before)


def too_many(project: Project, touchpoints: int, links: int) -> None:
    """A ModelError when `touchpoints` and `links` more would take `project` past its limits."""
    if len(project.touchpoints) + touchpoints > MAX_TOUCHPOINTS:
        raise ModelError(TEXTS.too_many_touchpoints(MAX_TOUCHPOINTS))
    if len(project.links) + links > MAX_LINKS:
        raise ModelError(TEXTS.too_many_links(MAX_LINKS))
