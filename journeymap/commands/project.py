"""Undo commands on project-wide settings and on personas."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from journeymap.commands.base import ProjectCommand
from journeymap.model import Persona, Project


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


class SetMeta(ProjectCommand):
    """Change title, company, author or language of the journey."""

    def __init__(self, project: Project, changes: Mapping[str, Any]) -> None:
        self.after = dict(changes)
        self.before = {key: getattr(project.meta, key) for key in changes}
        super().__init__(project, _tr("Edit project details"))

    def redo(self) -> None:
        self.project.set_meta(**self.after)

    def undo(self) -> None:
        self.project.set_meta(**self.before)


class SetAnswers(ProjectCommand):
    """Store the recommender answers."""

    def __init__(self, project: Project, answers: Mapping[str, int]) -> None:
        self.after = dict(answers)
        self.before = project.answers
        super().__init__(project, _tr("Answer the needs questions"))

    def redo(self) -> None:
        self.project.set_answers(self.after)

    def undo(self) -> None:
        self.project.set_answers(self.before)


class AddPersona(ProjectCommand):
    def __init__(self, project: Project, persona: Persona, index: int | None = None) -> None:
        self.persona, self.index = persona, index
        super().__init__(project, _tr("Add persona"))

    def redo(self) -> None:
        self.project.add_persona(self.persona, self.index)

    def undo(self) -> None:
        self.project.remove_persona(self.persona.id)


class EditPersona(ProjectCommand):
    """Change a persona, including its path; same `merge_key` edits merge into one step."""

    ID = 1003

    def __init__(self, project: Project, pid: str, changes: Mapping[str, Any], text: str | None = None,
                 merge_key: object = None) -> None:
        old = project.persona(pid)
        self.pid = pid
        self.after = dict(changes)
        self.before = {key: getattr(old, key) for key in changes}
        self.merge_key = merge_key
        super().__init__(project, text or _tr("Edit persona"))

    def id(self) -> int:
        return self.ID

    def mergeWith(self, other) -> bool:  # noqa: N802 (Qt override)
        if (
            not isinstance(other, EditPersona)
            or self.merge_key is None
            or other.merge_key != self.merge_key
            or other.pid != self.pid
            or other.after.keys() != self.after.keys()
        ):
            return False
        self.after = dict(other.after)
        return True

    def redo(self) -> None:
        self.project.update_persona(self.pid, **self.after)

    def undo(self) -> None:
        self.project.update_persona(self.pid, **self.before)


class RemovePersona(ProjectCommand):
    def __init__(self, project: Project, pid: str) -> None:
        self.pid = pid
        self._removed: tuple[int, Persona] | None = None
        super().__init__(project, _tr("Delete persona"))

    def redo(self) -> None:
        self._removed = self.project.remove_persona(self.pid)

    def undo(self) -> None:
        index, persona = self._removed
        self.project.add_persona(persona, index)


class MovePersona(ProjectCommand):
    def __init__(self, project: Project, pid: str, index: int) -> None:
        self.pid, self.index = pid, index
        self._old_index = 0
        super().__init__(project, _tr("Reorder personas"))

    def redo(self) -> None:
        self._old_index = self.project.move_persona(self.pid, self.index)

    def undo(self) -> None:
        self.project.move_persona(self.pid, self._old_index)
