"""A `Document`: one open journey with its undo stack, file path, modified state and autosave.

Every change goes through `push(command)`; the modified state is the undo stack's clean state.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from journeymap.fileformat import JourneyFileError, load, save
from journeymap.model import Project, ProjectData
from journeymap.recovery import AutosaveSlot, default_folder

AUTOSAVE_MS = 60_000


class Document(QObject):
    path_changed = Signal(object)  # Path | None
    modified_changed = Signal(bool)
    autosave_failed = Signal(str)  # one-line reason

    def __init__(self, data: ProjectData | None = None, path: str | Path | None = None,
                 autosave_folder: Path | None = None, autosave_ms: int = AUTOSAVE_MS,
                 slot: AutosaveSlot | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = Project(data)
        self.undo_stack = QUndoStack(self)
        self._path = Path(path) if path else None
        self._slot = slot or AutosaveSlot(autosave_folder or default_folder())
        self._timer = QTimer(self)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.autosave_now)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @classmethod
    def open(cls, path: str | Path, **kwargs) -> Document:
        """Open a `.journey` file; raises `LoadError` with one clear line."""
        return cls(load(path), path=path, **kwargs)

    # ---------------------------------------------------------------- state
    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def autosave_slot(self) -> AutosaveSlot:
        return self._slot

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_modified(self) -> None:
        """Force the modified state (e.g. for a journey restored from an autosave)."""
        self.undo_stack.resetClean()

    def display_name(self) -> str:
        if self._path:
            return self._path.name
        return self.project.meta.title or QCoreApplication.translate("Document", "Untitled")

    def push(self, command: QUndoCommand) -> None:
        """Apply a user edit as one undo step."""
        self.undo_stack.push(command)

    # ---------------------------------------------------------------- files
    def save(self, path: str | Path | None = None) -> Path:
        """Save atomically (to `path`, or the current path); raises `SaveError` and stays modified on failure."""
        target = Path(path) if path else self._path
        if target is None:
            raise ValueError("no file name given")
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        data = self.project.to_data()
        meta = data.meta.model_copy(update={"modified": now, "created": data.meta.created or now})
        save(data.model_copy(update={"meta": meta}), target)
        self.project.set_meta(modified=meta.modified, created=meta.created)
        self.undo_stack.setClean()
        if target != self._path:
            self._path = target
            self.path_changed.emit(target)
        self._slot.remove()
        return target

    def autosave_now(self) -> bool:
        """Write the autosave copy if there are unsaved changes; returns True when written."""
        if not self.is_modified():
            return False
        try:
            self._slot.write(self.project.to_data(), str(self._path) if self._path else None)
        except JourneyFileError as exc:
            self.autosave_failed.emit(str(exc))
            return False
        return True

    def close(self) -> None:
        """A clean close: stop autosaving and remove the autosave copy."""
        self._timer.stop()
        self._slot.remove()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self._timer.stop()
            self._slot.remove()  # nothing unsaved is left to recover
        elif not self._timer.isActive():
            self._timer.start()
        self.modified_changed.emit(not clean)
