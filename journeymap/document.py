"""A `Document`: one open journey with its undo stack, file path, modified state, autosave and file guards.

Every change goes through `push(command)`; the modified state is the undo stack's clean state.

File guards (see docs/file-format.md, "Two editors, one file"): an opened file is locked (`fileformat.lock`) and
remembered as a `FileStamp`; `save` refuses to overwrite it when it changed on disk since (`ChangedOnDiskError`,
unless `overwrite`), when the document is read-only (`ReadOnlyError`), or when another editor holds the target
(`LockedError`). Temporary files a crash left beside the document are removed when it is opened or saved.

Saving is diff-friendly (docs/file-format.md, "Saving"): `meta.modified` changes only when the content changed
since the journey was read or last saved (same content: the same bytes), and then the lineage records the content
hash of that previous version; a journey without an id gets one.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from journeymap.collector import paused_gc
from journeymap.fileformat import (
    DocumentLock,
    FileStamp,
    JourneyFileError,
    LockedError,
    SaveError,
    load_with_stamp,
    remove_orphans,
    stamp_of,
    write_file,
)
from journeymap.fileformat.lock import holder
from journeymap.fileformat.writer import dumps_body
from journeymap.model import ModelError, Project, ProjectData
from journeymap.model.limits import MAX_FILE_BYTES
from journeymap.model.lineage import content_hash, hash_of_dump, with_journey_id
from journeymap.recovery import AutosaveSlot, default_folder

AUTOSAVE_MS = 60_000
OpenMode = Literal["edit", "read_only", "anyway"]


class ChangedOnDiskError(SaveError):
    """The file changed on disk since it was opened or last saved; saving would overwrite someone's work."""


class ReadOnlyError(SaveError):
    """The document was opened read-only: it is never saved over its file (Save As is fine)."""


class Document(QObject):
    path_changed = Signal(object)  # Path | None
    modified_changed = Signal(bool)
    read_only_changed = Signal(bool)
    refused = Signal(str)  # an edit the journey cannot take (`push`): why, fit for the user
    autosave_failed = Signal(object)  # the SaveError (`str()`: one English line; `message(lang)`)

    def __init__(self, data: ProjectData | None = None, path: str | Path | None = None,
                 autosave_folder: Path | None = None, autosave_ms: int = AUTOSAVE_MS,
                 slot: AutosaveSlot | None = None, parent: QObject | None = None, *,
                 stamp: FileStamp | None = None, lock: DocumentLock | None = None, read_only: bool = False,
                 copy_of: Path | None = None) -> None:
        super().__init__(parent)
        self.project = Project(data)
        self.undo_stack = QUndoStack(self)
        self._path = Path(path) if path else None
        self._stamp = stamp
        self._lock = lock
        self._read_only = read_only
        self.read_only_reason = ""  # why it is read-only, for the window: `write_protected` or `chosen`
        self.copy_of = copy_of  # the file this untitled journey was opened as a copy of
        self._saved_hash = content_hash(data) if data is not None else None  # the content read or last saved
        self._slot = slot or AutosaveSlot(autosave_folder or default_folder())
        self._timer = QTimer(self)
        self._timer.setInterval(autosave_ms)
        self._timer.timeout.connect(self.autosave_now)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)

    @classmethod
    def open(cls, path: str | Path, mode: OpenMode = "edit", **kwargs: Any) -> Document:
        """Open a `.journey` file; raises `LoadError` with one clear line, `LockedError` when another editor has
        it open (mode `edit`). Mode `read_only` takes no lock; `anyway` takes the lock over."""
        path = Path(path)
        remove_orphans(path)
        data, stamp = load_with_stamp(path)
        return cls.from_file(data, stamp, path, mode, **kwargs)

    @classmethod
    def from_file(cls, data: ProjectData, stamp: FileStamp | None, path: Path, mode: OpenMode = "edit",
                  **kwargs: Any) -> Document:
        """A document for a journey read from `path` (`open`, or a file read on a worker thread)."""
        lock = None if mode == "read_only" else DocumentLock.acquire(path, take_over=mode == "anyway")
        return cls(data, path=path, stamp=stamp, lock=lock, read_only=mode == "read_only", **kwargs)

    # ---------------------------------------------------------------- state
    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def autosave_slot(self) -> AutosaveSlot:
        return self._slot

    @property
    def stamp(self) -> FileStamp | None:
        """What the file held when it was opened or last saved (None: never read or written)."""
        return self._stamp

    @property
    def lock(self) -> DocumentLock | None:
        return self._lock

    def is_read_only(self) -> bool:
        return self._read_only

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_modified(self) -> None:
        """Force the modified state (e.g. for a journey restored from an autosave)."""
        self._saved_hash = None  # what the file held is not known: the next save counts as a change
        self.undo_stack.resetClean()

    def display_name(self) -> str:
        if self._path:
            name = self._path.name
            if self._read_only:
                return QCoreApplication.translate("Document", "%1 (read-only)").replace("%1", name)
            return name
        if self.copy_of is not None:
            return QCoreApplication.translate("Document", "%1 (copy)").replace("%1", self.copy_of.name)
        return self.project.meta.title or QCoreApplication.translate("Document", "Untitled")

    def push(self, command: QUndoCommand) -> bool:
        """Apply a user edit as one undo step (the project's `changed` follows once; the collector waits,
        `paused_gc`). An edit the journey cannot take (`ProjectCommand.check`, e.g. past 10,000 touchpoints) is
        refused: nothing changes, `refused` says why, and the result is False."""
        check = getattr(command, "check", None)
        if check is not None:
            try:
                check()
            except ModelError as exc:
                self.refused.emit(str(exc))
                return False
        with self.project.changes(), paused_gc():
            self.undo_stack.push(command)
        return True

    def undo(self) -> None:
        """Undo the last edit (the project's `changed` follows once)."""
        with self.project.changes(), paused_gc():
            self.undo_stack.undo()

    def redo(self) -> None:
        """Redo the edit undone last (the project's `changed` follows once)."""
        with self.project.changes(), paused_gc():
            self.undo_stack.redo()

    # ---------------------------------------------------------------- disk
    def changed_on_disk(self) -> bool:
        """Does the file now hold something else than what was opened or last saved? (A missing file has not
        changed: saving creates it again.) Compares the size, then the SHA-256 of the content: the time alone
        misses a change within the same second on a coarse file system, and a file only touched is unchanged."""
        if self._path is None or self._stamp is None:
            return False
        try:
            status = os.stat(self._path)
        except OSError:
            return False
        if status.st_size != self._stamp.size:
            return True
        now = stamp_of(self._path, MAX_FILE_BYTES)
        if now is None:
            return False
        if now.digest != self._stamp.digest:
            return True
        self._stamp = now  # touched, not changed: remember the new time
        return False

    # ---------------------------------------------------------------- files
    def save(self, path: str | Path | None = None, *, overwrite: bool = False,
             replace_unwritable: bool = False) -> Path:
        """Save (to `path`, or the current path); raises `SaveError` and stays modified on failure.

        `ChangedOnDiskError` when the file changed on disk since it was read (unless `overwrite`);
        `ReadOnlyError` for a read-only document's own file; `LockedError` when another editor holds `path`;
        `NotWritableError` for a write-protected file (unless `replace_unwritable`)."""
        target = Path(path) if path else self._path
        if target is None:
            raise ValueError("no file name given")
        own = self._path is not None and _same_file(target, self._path)
        if own and self._read_only:
            raise ReadOnlyError.coded("read_only", target)
        if own and not overwrite and self.changed_on_disk():
            raise ChangedOnDiskError.coded("changed_on_disk", target)
        if not own and (owner := holder(target)) is not None:
            raise LockedError(owner, target)
        data = self.project.to_data()
        body = data.model_dump(mode="json")  # once, for the content hash and the file
        current = hash_of_dump(body)
        meta, lineage = data.meta, with_journey_id(data.lineage)
        if current != self._saved_hash or not meta.modified:  # unchanged content keeps its time: the same bytes
            now = datetime.now(UTC).isoformat(timespec="seconds")
            meta = meta.model_copy(update={"modified": now, "created": meta.created or now})
            lineage = lineage.after(self._saved_hash)
        body["meta"].update(modified=meta.modified, created=meta.created)
        body["lineage"] = lineage.model_dump(mode="json")
        content = dumps_body(body)
        written = write_file(content, target, backup=True, replace_unwritable=replace_unwritable)
        try:
            self._stamp = FileStamp.of(content, os.stat(written))
        except OSError:
            self._stamp = None
        self.project.set_meta(modified=meta.modified, created=meta.created)
        self.project.set_lineage(lineage)
        self._saved_hash = current
        self.undo_stack.setClean()
        if not own:
            self._move_lock(target)
            self._path, self.copy_of = target, None
            self.path_changed.emit(target)
        if self._read_only:
            self._read_only = False
            self.read_only_changed.emit(False)
        self._slot.remove()
        return target

    def _move_lock(self, target: Path) -> None:
        if self._lock is not None:
            self._lock.release()
        try:
            self._lock = DocumentLock.acquire(target)
        except LockedError:  # someone opened it in the instant since the check: they will be warned on saving
            self._lock = None

    def release_lock(self) -> None:
        """Give up the lock (before the same file is opened again, or on close)."""
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def autosave_now(self) -> bool:
        """Write the autosave copy if there are unsaved changes; returns True when written."""
        if not self.is_modified():
            return False
        try:
            self._slot.write(self.project.to_data(), str(self._path) if self._path else None,
                             self._stamp.digest if self._stamp else None)
        except JourneyFileError as exc:
            self.autosave_failed.emit(exc)
            return False
        return True

    def close(self) -> None:
        """A clean close: stop autosaving, remove the autosave copy, give up the lock."""
        self._timer.stop()
        self._slot.remove()
        self.release_lock()

    def _on_clean_changed(self, clean: bool) -> None:
        if clean:
            self._timer.stop()
            self._slot.remove()  # nothing unsaved is left to recover
        elif not self._timer.isActive():
            self._timer.start()
        self.modified_changed.emit(not clean)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)
