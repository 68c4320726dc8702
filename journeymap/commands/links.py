"""Undo commands for links: add and edit (removal goes through `RemoveItems`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from journeymap.commands.base import ProjectCommand
from journeymap.model import Link, Project


class AddLink(ProjectCommand):
    """Connect two touchpoints."""

    def __init__(self, project: Project, link: Link) -> None:
        self.link = link
        super().__init__(project, QCoreApplication.translate("Commands", "Add link"))

    def redo(self) -> None:
        self.project.add_link(self.link)

    def undo(self) -> None:
        self.project.remove_links([self.link.id])


class EditLink(ProjectCommand):
    """Change a link's label or kind; typing in the label merges into one step (same `merge_key`)."""

    ID = 1002

    def __init__(self, project: Project, lid: str, changes: Mapping[str, Any], merge_key: object = None) -> None:
        old = project.link(lid)
        self.lid = lid
        self.after = dict(changes)
        self.before = {key: getattr(old, key) for key in changes}
        self.merge_key = merge_key
        super().__init__(project, QCoreApplication.translate("Commands", "Edit link"))

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt override)
        if (
            not isinstance(other, EditLink)
            or self.merge_key is None
            or other.merge_key != self.merge_key
            or other.lid != self.lid
            or other.after.keys() != self.after.keys()
        ):
            return False
        self.after = dict(other.after)
        if self.after == self.before:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.project.update_link(self.lid, **self.after)

    def undo(self) -> None:
        self.project.update_link(self.lid, **self.before)
