"""File commands of a main window: new, open, save, save as, close, recent files, restore after a crash.

Errors never escape as tracebacks: a file that cannot be opened or saved gives one message box with the
reason (the `LoadError`/`SaveError` line) and the window keeps running; a failed save stays modified.

Two editors never silently share a file: opening a file another editor holds (its lock) asks whether to open
it read-only, as a copy, or anyway; a write-protected file opens read-only; saving over a file that changed on
disk asks whether to reload, save a copy or overwrite; a write-protected file is replaced only after asking.
While a file is open, a watch notices outside changes and the notice bar says so (`file_notices`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journeymap.app.files import questions as file_dialogs
from journeymap.app.files.notices import FileWatch, NoticeBar
from journeymap.app.files.opening import OpenJob, is_big
from journeymap.app.reasons import reason_of
from journeymap.app.settings import AppSettings
from journeymap.app.window.titles import document_title
from journeymap.document import ChangedOnDiskError, Document, OpenMode, ReadOnlyError
from journeymap.fileformat import (
    DocumentLock,
    FileStamp,
    JourneyFileError,
    LockedError,
    NotWritableError,
    load_with_stamp,
    remove_orphans,
    stamp_of,
)
from journeymap.fileformat.lock import holder
from journeymap.fileformat.output import owner_name
from journeymap.model import ProjectData
from journeymap.model.limits import MAX_FILE_BYTES
from journeymap.recovery import AutosaveSlot, Orphan, adopt

SUFFIX = ".journey"
# How `Document.from_file` opens a file for each mode of `open_path` but `copy` (`protected`: write-protected).
_FILE_MODES: dict[str, OpenMode] = {"edit": "edit", "read_only": "read_only", "protected": "read_only",
                                    "anyway": "anyway"}


class FileController(QObject):
    """Runs the file commands of one editor window: it gets the window's settings, its notice bar and a parent for
    its dialogs, makes the window's first journey (`document`: an empty one), follows the document the window shows
    (`set_document`) and announces a journey to show with `document_opened` and a save with `saved`."""

    document_opened = Signal(object, bool)  # (Document, recovered): show it (the window subscribes)
    saved = Signal(object)  # Path: the document was saved there
    compare_requested = Signal(object)  # Path: show the version on disk over the map (changed-on-disk question)

    def __init__(self, parent: QWidget, settings: AppSettings, notices: NoticeBar,
                 autosave_folder: Path | None = None, autosave_ms: int | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent  # dialogs and message boxes open over it
        self.settings = settings
        self.autosave_folder = autosave_folder
        self.autosave_ms = autosave_ms
        self.document = self.new_document()  # the one the window shows; at first an empty journey
        self.recovered = False  # it is a journey restored after a crash, not saved since
        self.opening: OpenJob | None = None  # a big file being read on a worker thread, if any
        self.notices = notices
        self.watch = FileWatch(self)
        self.watch.changed.connect(self._changed_outside)
        self.watch.removed.connect(self._removed_outside)

    def set_document(self, document: Document, recovered: bool = False) -> None:
        """The document the window shows now (`recovered`: restored after a crash)."""
        self.document, self.recovered = document, recovered

    def new_document(self, data: ProjectData | None = None, path: str | Path | None = None,
                     slot: AutosaveSlot | None = None) -> Document:
        return Document(data, path=path, slot=slot, **self._autosave())

    def _autosave(self) -> dict[str, Any]:
        options: dict[str, Any] = {"autosave_folder": self.autosave_folder}
        if self.autosave_ms is not None:
            options["autosave_ms"] = self.autosave_ms
        return options

    # ---------------------------------------------------------------- asking
    def maybe_save(self) -> bool:
        """Ask about unsaved changes: True when it is fine to go on (saved or discarded)."""
        if not self.document.is_modified():
            return True
        answer = QMessageBox.warning(
            self.parent_widget,
            self.tr("Unsaved changes"),
            self.tr("“%1” has changes that are not saved yet. Save them?").replace(
                "%1", document_title(self.document, self.recovered)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    # ---------------------------------------------------------------- commands
    def new(self) -> bool:
        if not self.maybe_save():
            return False
        self.show(self.new_document())
        return True

    def show(self, document: Document, recovered: bool = False) -> None:
        """Have the window show `document` (`document_opened`), watch its file and say what the notice bar has to
        say."""
        self.document_opened.emit(document, recovered)
        document.read_only_changed.connect(self.refresh_notices)
        self.notices.hide_notice()
        self.refresh_notices()

    def open_untitled(self, data: ProjectData, modified: bool = False) -> bool:
        """Show `data` as a new untitled journey (templates, samples, imports), asking about unsaved changes first."""
        if not self.maybe_save():
            return False
        document = self.new_document(data)
        if modified:
            document.mark_modified()
        self.show(document)
        return True

    def close(self) -> bool:
        """Close the journey; the window stays open with an empty one."""
        return self.new()

    def open(self) -> bool:
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Open journey"), self._start_folder(), self._filter())
        return self.open_path(path) if path else False

    def open_file(self, path: str | Path) -> bool:
        """Open `path` in this window, asking about unsaved changes first (recent files, drops)."""
        return self.maybe_save() and self.open_path(path)

    def open_path(self, path: str | Path, mode: str | None = None) -> bool:
        """Open `path` without asking about unsaved changes; on failure show the reason and keep the current
        journey. `mode`: `edit`, `read_only`, `protected` (read-only: write-protected), `anyway` (take over
        another editor's lock) or `copy` (an untitled copy); None: decide, asking when another editor has it.

        A big file is read on a worker thread behind a progress dialog (`app.files.opening`): then this returns True
        as soon as the opening has started, and the journey (or the message why not) follows."""
        path = Path(path)
        mode = mode or self.open_mode(path)
        if mode is None:
            return False
        if mode != "copy":
            remove_orphans(path)  # temporary files a crash left beside it
        if is_big(path):
            return self._open_in_background(path, mode)
        try:
            data, stamp = load_with_stamp(path)
            document = self.document_from(data, stamp, path, mode)
        except LockedError as exc:  # another editor opened it in the instant since we looked
            mode = file_dialogs.ask_locked(self.parent_widget, path, exc.owner)
            return mode is not None and self.open_path(path, mode)
        except (JourneyFileError, OSError) as exc:
            self.open_failed(path, reason_of(exc, path))
            return False
        self.opened(document, path)
        return True

    def _open_in_background(self, path: Path, mode: str) -> bool:
        """Start opening `path` in `mode` on a worker thread (dropping an opening still under way)."""
        if self.opening is not None:
            self.opening.cancel()
        job = self.opening = OpenJob(self.parent_widget, path,
                                     lambda data, stamp: self.document_from(data, stamp, path, mode))
        job.ready.connect(lambda document: self.opened(document, path))
        job.failed.connect(lambda reason: self.open_failed(path, reason))
        job.finished.connect(lambda _shown: self._opening_ended(job))
        job.start()
        return True

    def _opening_ended(self, job: OpenJob) -> None:
        if self.opening is job:
            self.opening = None

    def open_mode(self, path: Path) -> str | None:
        """How to open `path`: asks when another editor holds it; None when the user cancels."""
        current = self.document
        if current is not None and current.path is not None and _same_file(current.path, path):
            return ("protected" if current.read_only_reason == "write_protected" else "read_only") \
                if current.is_read_only() else "anyway"  # opening the open file again (reload): our own lock
        owner = holder(path)
        if owner is not None:
            return file_dialogs.ask_locked(self.parent_widget, path, owner)
        if path.is_file() and not os.access(path, os.W_OK):
            return "protected"
        return "edit"

    def document_from(self, data: ProjectData, stamp: FileStamp | None, path: Path, mode: str) -> Document:
        """A document for a journey read from `path`, opened in `mode` (see `open_path`); `LockedError` when
        another editor took the file meanwhile (mode `edit`)."""
        options = self._autosave()
        if mode == "copy":
            return Document(data, copy_of=path, **options)
        document = Document.from_file(data, stamp, path, _FILE_MODES.get(mode, "edit"), **options)
        document.read_only_reason = {"protected": "write_protected", "read_only": "chosen"}.get(mode, "")
        return document

    def opened(self, document: Document, path: Path) -> None:
        """Show a journey read from `path`."""
        self.show(document)
        self._remember(path)

    def reload(self) -> bool:
        """Read the open file again (its unsaved changes are dropped: the user chose so)."""
        path = self.document.path
        if path is None:
            return False
        return self.open_path(path)

    def open_failed(self, path: Path, reason: str) -> None:
        """Say in one message box why `path` could not be opened (`reason`: one line naming the file)."""
        QMessageBox.critical(self.parent_widget, self.tr("Cannot open the file"),
                             self.tr("The journey could not be opened.") + "\n\n" + reason)

    def save(self) -> bool:
        if self.document.path is None or self.document.is_read_only():
            return self.save_as()  # a read-only document is never saved over its file
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        from journeymap.app.files.save_as import proposed_name, save_as_folder

        current = self.document.path
        start = str(save_as_folder(current) / proposed_name(self.document.project.meta.title, current,
                                                             self.tr("journey")))
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Save journey as"), start, self._filter())
        if not path:
            return False
        if not path.lower().endswith(SUFFIX):
            path += SUFFIX
        return self._save_to(Path(path))

    def restore(self, orphan: Orphan) -> bool:
        """Open an autosave left by a crashed session, modified, in this window."""
        try:
            data, slot = adopt(orphan)
        except (JourneyFileError, OSError) as exc:
            QMessageBox.critical(self.parent_widget, self.tr("Cannot restore"),
                                 self.tr("The autosaved journey could not be read.") + "\n\n"
                                 + reason_of(exc, orphan.journey))
            return False
        path = Path(orphan.original_path) if orphan.original_path and Path(orphan.original_path).is_file() else None
        stamp, lock = _recovered_stamp(path, orphan.original_digest), None
        if path is not None:
            try:
                lock = DocumentLock.acquire(path)
            except LockedError:  # the original is open elsewhere now: restore an untitled copy of it
                path, stamp = None, None
        document = Document(data, path=path, slot=slot, stamp=stamp, lock=lock,
                            copy_of=Path(orphan.original_path) if orphan.original_path and path is None else None,
                            **self._autosave())
        document.mark_modified()
        self.show(document, recovered=True)
        return True

    # ---------------------------------------------------------------- helpers
    def _save_to(self, path: Path, overwrite: bool = False, replace: bool = False) -> bool:
        """Save to `path`, asking when it changed on disk or is write-protected; True when saved."""
        try:
            self.document.save(path, overwrite=overwrite, replace_unwritable=replace)
        except ChangedOnDiskError:
            choice = file_dialogs.ask_changed_on_disk(self.parent_widget, path)
            if choice == "overwrite":
                return self._save_to(path, True, replace)
            if choice == "copy":
                return self.save_as()
            if choice == "reload":
                self.reload()
            if choice == "compare":
                self.compare_requested.emit(path)
            return False
        except NotWritableError:
            try:
                owner = owner_name(os.stat(path))
            except OSError:
                owner = None
            return file_dialogs.ask_replace_unwritable(self.parent_widget, path, owner) and self._save_to(
                path, overwrite, True)
        except (JourneyFileError, OSError) as exc:  # incl. ReadOnlyError and LockedError: one clear line
            detail = self.tr("Save it under another name.") if isinstance(exc, (ReadOnlyError, LockedError)) else ""
            QMessageBox.critical(self.parent_widget, self.tr("Cannot save"),
                                 self.tr("The journey was not saved; your changes are still open.") + "\n\n"
                                 + reason_of(exc, path) + ("\n\n" + detail if detail else ""))
            return False
        self._remember(path)
        self.recovered = False
        self.saved.emit(path)
        self.notices.hide_notice("changed")
        self.notices.hide_notice("removed")
        self.watch.acknowledge()
        return True

    # ---------------------------------------------------------------- notices
    def refresh_notices(self, *_args) -> None:
        """The read-only notice for the current document (and the watch on its file)."""
        document = self.document
        if self.watch.document is not document:
            self.watch.watch(document)
        if not document.is_read_only():
            self.notices.hide_notice("read_only")
            return
        name = document.path.name if document.path else ""
        if document.read_only_reason == "write_protected":
            text = self.tr("“%1” is write-protected: you can edit the journey and save it as a copy.")
        else:
            text = self.tr("“%1” is open read-only: you can edit the journey and save it as a copy.")
        self.notices.show_notice("read_only", text.replace("%1", name), [(self.tr("Save a Copy…"), self.save_as)])

    def _changed_outside(self) -> None:
        document = self.document
        name = document.path.name if document.path else ""
        text = (self.tr("“%1” was changed on disk by someone else; saving asks before overwriting it.")
                if document.is_modified() else self.tr("“%1” was changed on disk by someone else."))
        self.notices.show_notice("changed", text.replace("%1", name), [
            (self.tr("Reload") if not document.is_modified() else self.tr("Reload (Drop My Changes)"), self.reload),
            (self.tr("Dismiss"), self._dismiss),
        ])

    def _removed_outside(self) -> None:
        name = self.document.path.name if self.document.path else ""
        self.notices.show_notice("removed", self.tr(
            "“%1” was deleted or renamed on disk; saving creates it again.").replace("%1", name), [
            (self.tr("Dismiss"), self._dismiss)])

    def _dismiss(self) -> None:
        self.notices.hide_notice()
        self.refresh_notices()

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(path)
        self.settings.set_last_folder(Path(path).resolve().parent)

    def _start_folder(self) -> str:
        folder = self.settings.last_folder()
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _filter(self) -> str:
        return self.tr("Journeys (*.journey)") + ";;" + self.tr("All files (*)")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def _recovered_stamp(path: Path | None, digest: str | None) -> FileStamp | None:
    """What a restored session knew of its file: its stamp if the file is still as the session read or saved
    it; a stamp that differs when the file changed since (the next save then asks); None when unknown."""
    if path is None or not digest:
        return None
    now = stamp_of(path, MAX_FILE_BYTES)
    if now is not None and now.digest == digest:
        return now
    return FileStamp(-1, 0, digest)
