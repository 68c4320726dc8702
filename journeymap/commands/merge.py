"""The undo step of File ▸ Merge from…: the whole merged journey in, the journey before it back out. It holds the
two versions as values (like a removal holds what it took) and changes the project through `model.apply`, so the
canvas and the docks follow every item as if it were edited by hand."""

from __future__ import annotations

from PySide6.QtCore import QObject

from journeymap.commands.base import ProjectCommand
from journeymap.model import Project, ProjectData
from journeymap.model.apply import apply_data


class MergeTexts(QObject):
    """The name of the undo step ("Undo Merge from other.journey")."""

    def merge_from(self, name: str) -> str:
        return self.tr("Merge from %1").replace("%1", name)


MERGE_TEXTS = MergeTexts()


class MergeJourney(ProjectCommand):
    """Replace the journey by the merged version `after` in one step; undo brings back `before`."""

    def __init__(self, project: Project, after: ProjectData, source_name: str) -> None:
        self.before = project.to_data()
        self.after = after
        super().__init__(project, MERGE_TEXTS.merge_from(source_name))

    def redo(self) -> None:
        apply_data(self.project, self.after)

    def undo(self) -> None:
        apply_data(self.project, self.before)
