"""Undo commands on project-wide settings (properties, phases, recommender answers) and on personas."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from journeymap.commands.base import EditFields, ProjectCommand
from journeymap.commands.texts import TEXTS
from journeymap.model import Persona, PhaseChange, PhaseModel, Project


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


class AddPersona(ProjectCommand):
    def __init__(self, project: Project, persona: Persona, index: int | None = None) -> None:
        self.persona, self.index = persona, index
        super().__init__(project, TEXTS.add_persona())

    def redo(self) -> None:
        self.project.add_persona(self.persona, self.index)

    def undo(self) -> None:
        self.project.remove_persona(self.persona.id)


class EditPersona(EditFields):
    """Change a persona, including its path; same `merge_key` edits merge into one step."""

    ID = 1003
    getter, updater = "persona", "update_persona"

    def __init__(self, project: Project, pid: str, changes: Mapping[str, Any], text: str | None = None,
                 merge_key: object = None) -> None:
        super().__init__(project, pid, changes, text or TEXTS.edit_persona(), merge_key)


class RemovePersona(ProjectCommand):
    def __init__(self, project: Project, pid: str) -> None:
        self.pid = pid
        self._removed: tuple[int, Persona] | None = None
        super().__init__(project, TEXTS.delete_persona())

    def redo(self) -> None:
        self._removed = self.project.remove_persona(self.pid)

    def undo(self) -> None:
        index, persona = self._removed
        self.project.add_persona(persona, index)


class MovePersona(ProjectCommand):
    def __init__(self, project: Project, pid: str, index: int) -> None:
        self.pid, self.index = pid, index
        self._old_index = 0
        super().__init__(project, TEXTS.reorder_personas())

    def redo(self) -> None:
        self._old_index = self.project.move_persona(self.pid, self.index)

    def undo(self) -> None:
        self.project.move_persona(self.pid, self._old_index)
