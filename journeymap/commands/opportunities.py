"""Undo commands for opportunities and for the service blueprint rows of a touchpoint."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtGui import QUndoCommand

from journeymap.commands.base import EditFields, ProjectCommand
from journeymap.commands.texts import OPPORTUNITY_TEXTS
from journeymap.model import BlueprintRow, Opportunity, Project
from journeymap.model.values import BlueprintRowName

Taken = tuple[tuple[int, Opportunity], ...]


class AddOpportunity(ProjectCommand):
    """Add one opportunity (for the touchpoints it names)."""

    def __init__(self, project: Project, opportunity: Opportunity, text: str | None = None) -> None:
        self.opportunity = opportunity
        super().__init__(project, text or OPPORTUNITY_TEXTS.add())

    def redo(self) -> None:
        self.project.add_opportunity(self.opportunity)

    def undo(self) -> None:
        self.project.remove_opportunities([self.opportunity.id])


class EditOpportunity(EditFields):
    """Change fields of one opportunity (text, owner, status, impact, effort, touchpoints); typing in one field
    (same `merge_key`) is one step."""

    ID = 1101
    getter, updater = "opportunity", "update_opportunity"

    def __init__(self, project: Project, oid: str, changes: Mapping[str, Any], text: str | None = None,
                 merge_key: object = None) -> None:
        super().__init__(project, oid, changes, text or OPPORTUNITY_TEXTS.edit(), merge_key)


class RemoveOpportunities(ProjectCommand):
    """Delete opportunities; undo puts them back at their places."""

    def __init__(self, project: Project, ids: Iterable[str]) -> None:
        self.ids = tuple(dict.fromkeys(ids))
        self._taken: Taken = ()
        super().__init__(project, OPPORTUNITY_TEXTS.delete(len(self.ids)))

    def redo(self) -> None:
        self._taken = self.project.remove_opportunities(self.ids)

    def undo(self) -> None:
        self.project.restore_opportunities(self._taken)
        self._taken = ()


class SetBlueprintRow(ProjectCommand):
    """Replace one blueprint row of a touchpoint (its texts and owner). Consecutive edits of the same row with the
    same `merge_key` (one typing session in the inspector) are one step."""

    ID = 1102

    def __init__(self, project: Project, tid: str, row: BlueprintRowName, texts: Iterable[str], owner: str = "",
                 text: str | None = None, merge_key: object = None) -> None:
        self.tid, self.row, self.merge_key = tid, row, merge_key
        self.before: BlueprintRow = project.touchpoint(tid).blueprint.row(row)
        # validated here (a pydantic ValidationError before anything is pushed), so that redo() never fails
        self.after = BlueprintRow(texts=tuple(t.strip() for t in texts if t.strip()), owner=owner.strip())
        super().__init__(project, text or OPPORTUNITY_TEXTS.edit_blueprint())

    @property
    def changed(self) -> bool:
        """Does the edit change anything? (An edit that does not is never pushed.)"""
        return (self.after.texts, self.after.owner) != (self.before.texts, self.before.owner)

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, SetBlueprintRow) or self.merge_key is None or other.merge_key != self.merge_key
                or (other.tid, other.row) != (self.tid, self.row)):
            return False
        self.after = other.after
        if not self.changed:
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.project.set_blueprint_row(self.tid, self.row, self.after.texts, self.after.owner)

    def undo(self) -> None:
        self.project.set_blueprint_row(self.tid, self.row, self.before.texts, self.before.owner)
