"""Undo commands on personas: add, edit, delete, reorder, and their paths and own emotions (the rules of a path
are the model's: `model.personas`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from journeymap.commands.base import EditFields, ProjectCommand
from journeymap.commands.texts import PERSONA_TEXTS, TEXTS
from journeymap.model import Persona, Project
from journeymap.model.personas import emotion_changes, path_changes


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
        assert self._removed is not None  # QUndoStack calls redo() before undo()
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


class SetPersonaPath(EditPersona):
    """Put touchpoints and links on a persona's path (`on`) or take them off, with what the path's rules bring
    along (`model.personas.path_changes`). `changed` is False when it would change nothing (do not push it)."""

    def __init__(self, project: Project, pid: str, touchpoint_ids: Iterable[str] = (), link_ids: Iterable[str] = (),
                 on: bool = True) -> None:
        persona = project.persona(pid)
        changes = path_changes(project, persona, touchpoint_ids, link_ids, on)
        text = PERSONA_TEXTS.add_to_path(persona.name) if on else PERSONA_TEXTS.remove_from_path(persona.name)
        super().__init__(project, pid, changes, text=text)


class SetPersonaEmotion(EditPersona):
    """A persona's own emotion at a touchpoint (None, or the touchpoint's own: no override). `changed` is False
    when it would change nothing."""

    def __init__(self, project: Project, pid: str, tid: str, score: int | None) -> None:
        persona = project.persona(pid)
        changes = emotion_changes(persona, project.touchpoint(tid), score)
        super().__init__(project, pid, changes, text=PERSONA_TEXTS.persona_emotion(persona.name))
