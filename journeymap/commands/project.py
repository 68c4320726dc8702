"""Undo commands on project-wide settings: properties, phases, recommender answers."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from journeymap.commands.base import ProjectCommand
from journeymap.commands.texts import TEXTS
from journeymap.model import PhaseChange, PhaseModel, Project


class SetMeta(ProjectCommand):
    """Change the journey's properties (title, company, author, workshop date, …, logo, accent) in one step."""

    def __init__(self, project: Project, changes: Mapping[str, Any]) -> None:
        self.after = dict(changes)
        self.before = {key: getattr(project.meta, key) for key in changes}
        super().__init__(project, TEXTS.edit_project())

    def redo(self) -> None:
        self.project.set_meta(**self.after)

    def undo(self) -> None:
        self.project.set_meta(**self.before)


class EditPhases(ProjectCommand):
    """Rename, add, remove and reorder the lanes in one step; the cards of removed phases move to the phases
    named in `reassign` (old phase id → new phase id)."""

    def __init__(self, project: Project, model: PhaseModel, reassign: Mapping[str, str] | None = None) -> None:
        self.model = model
        self.reassign = dict(reassign or {})
        self._change: PhaseChange | None = None
        super().__init__(project, TEXTS.edit_phases())

    def redo(self) -> None:
        self._change = self.project.edit_phases(self.model, self.reassign)

    def undo(self) -> None:
        assert self._change is not None  # QUndoStack calls redo() before undo()
        self.project.revert_phases(self._change)
        self._change = None


class SetAnswers(ProjectCommand):
    """Store the recommender answers."""

    def __init__(self, project: Project, answers: Mapping[str, int]) -> None:
        self.after = dict(answers)
        self.before = project.answers
        super().__init__(project, TEXTS.answer_needs())

    def redo(self) -> None:
        self.project.set_answers(self.after)

    def undo(self) -> None:
        self.project.set_answers(self.before)
