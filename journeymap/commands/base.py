"""The base of every undo command: it holds the project and ids/values, never scene items."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from journeymap.model import Project


class ProjectCommand(QUndoCommand):
    """A user edit on a project; `redo()` applies it (QUndoStack.push calls it once), `undo()` reverts it."""

    def __init__(self, project: Project, text: str) -> None:
        super().__init__(text)
        self.project = project
