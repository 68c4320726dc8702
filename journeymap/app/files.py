"""File commands of a main window: new, open, save, save as, close, recent files, restore after a crash.

Errors never escape as tracebacks: a file that cannot be opened or saved gives one message box with the
reason (the `LoadError`/`SaveError` line) and the window keeps running; a failed save stays modified.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymap.document import Document
from journeymap.fileformat import JourneyFileError
from journeymap.model import ProjectData
from journeymap.recovery import Orphan, adopt

if TYPE_CHECKING:
    from journeymap.app.window import MainWindow

SUFFIX = ".journey"


class FileController(QObject):
    """Runs the file commands for one `MainWindow`."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.opening = None  # a big file being read on a worker thread (`app.opening.OpenJob`), if any

    @property
    def document(self) -> Document:
        return self.window.document

    def new_document(self, data=None, path: str | Path | None = None, slot=None) -> Document:
        return Document(data, path=path, autosave_folder=self.window.autosave_folder,
                        autosave_ms=self.window.autosave_ms, slot=slot)

    # ---------------------------------------------------------------- asking
    def maybe_save(self) -> bool:
        """Ask about unsaved changes: True when it is fine to go on (saved or discarded)."""
        if self.document is None or not self.document.is_modified():
            return True
        answer = QMessageBox.warning(
            self.window,
            self.tr("Unsaved changes"),
            self.tr("“%1” has changes that are not saved yet. Save them?").replace(
                "%1", self.window.document_title()),
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
        self.window.replace_document(self.new_document())
        return True

    def open_untitled(self, data: ProjectData, modified: bool = False) -> bool:
        """Show `data` as a new untitled journey (templates, samples, imports), asking about unsaved changes first."""
        if not self.maybe_save():
            return False
        document = self.new_document(data)
        if modified:
            document.mark_modified()
        self.window.replace_document(document)
        return True

    def close(self) -> bool:
        """Close the journey; the window stays open with an empty one."""
        return self.new()

    def open(self) -> bool:
        if not self.maybe_save():
            return False
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open journey"), self._start_folder(), self._filter())
        return self.open_path(path) if path else False

    def open_file(self, path: str | Path) -> bool:
        """Open `path` in this window, asking about unsaved changes first (recent files, drops)."""
        return self.maybe_save() and self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Open `path` without asking; on failure show the reason and keep the current journey.

        A big file is read on a worker thread behind a progress dialog (`app.opening`): then this returns True
        as soon as the opening has started, and the journey (or the message why not) follows."""
        from journeymap.app import opening

        path = Path(path)
        if opening.is_big(path):
            return opening.open_in_background(self, path)
        try:
            document = Document.open(path, autosave_folder=self.window.autosave_folder,
                                     autosave_ms=self.window.autosave_ms)
        except (JourneyFileError, OSError) as exc:
            reason = str(exc) if isinstance(exc, JourneyFileError) else f"{path}: {exc.strerror or exc}"
            self.open_failed(path, reason)
            return False
        self.opened(document, path)
        return True

    def opened(self, document: Document, path: Path) -> None:
        """Show a journey read from `path`."""
        self.window.replace_document(document)
        self._remember(path)

    def open_failed(self, path: Path, reason: str) -> None:
        """Say in one message box why `path` could not be opened (`reason`: one line naming the file)."""
        QMessageBox.critical(self.window, self.tr("Cannot open the file"),
                             self.tr("The journey could not be opened.") + "\n\n" + reason)

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        from journeymap.app.save_as import proposed_name, save_as_folder

        current = self.document.path
        start = str(save_as_folder(current) / proposed_name(self.document.project.meta.title, current,
                                                             self.tr("journey")))
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save journey as"), start, self._filter())
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
            QMessageBox.critical(self.window, self.tr("Cannot restore"),
                                 self.tr("The autosaved journey could not be read.") + "\n\n" + str(exc))
            return False
        path = orphan.original_path if orphan.original_path and Path(orphan.original_path).is_file() else None
        document = self.new_document(data, path=path, slot=slot)
        document.mark_modified()
        self.window.replace_document(document, recovered=True)
        return True

    # ---------------------------------------------------------------- helpers
    def _save_to(self, path: Path) -> bool:
        try:
            self.document.save(path)
        except (JourneyFileError, OSError) as exc:
            QMessageBox.critical(self.window, self.tr("Cannot save"),
                                 self.tr("The journey was not saved; your changes are still open.") + "\n\n"
                                 + str(exc))
            return False
        self._remember(path)
        self.window.saved()
        return True

    def _remember(self, path: Path) -> None:
        self.window.settings.add_recent_file(path)
        self.window.settings.set_last_folder(Path(path).resolve().parent)

    def _start_folder(self) -> str:
        folder = self.window.settings.last_folder()
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def _filter(self) -> str:
        return self.tr("Journeys (*.journey)") + ";;" + self.tr("All files (*)")
