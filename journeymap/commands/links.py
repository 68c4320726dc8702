"""Undo commands for links: add and edit (removal goes through `RemoveItems`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from journeymap.commands.base import EditFields, ProjectCommand, too_many
from journeymap.commands.texts import TEXTS
from journeymap.model import Link, Project


class AddLink(ProjectCommand):
    """Connect two touchpoints."""

    def __init__(self, project: Project, link: Link) -> None:
        self.link = link
        super().__init__(project, TEXTS.add_link())

    def check(self) -> None:
        too_many(self.project, 0, 1)

    def redo(self) -> None:
        self.project.add_link(self.link)

    def undo(self) -> None:
        self.project.remove_links([self.link.id])


class EditLink(EditFields):
    """Change a link's label or kind; typing in the label (same `merge_key`) is one step."""

    ID = 1002
    getter, updater = "link", "update_link"

    def __init__(self, project: Project, lid: str, changes: Mapping[str, Any], merge_key: object = None) -> None:
        super().__init__(project, lid, changes, TEXTS.edit_link(), merge_key)
