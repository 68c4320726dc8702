"""File ▸ Import… and File ▸ Export ▸ PDF…, PNG…, SVG…, CSV…, Excel…, Mermaid… of a main window.

An import (Mermaid `journey`, CSV of touchpoints or the touchpoints sheet of an Excel workbook) is read
completely first: a bad file shows one line with the
line number and nothing changes; a good one opens as a new untitled, modified journey. Exports suggest a name
next to the journey file, write atomically and report errors in one message box; the PDF runs in the background
(see `export_dialog`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from journeymap.app.exchange.pdf_export import (
    PdfExportJob,
    PdfOptionsDialog,
    load_pdf_options,
    save_pdf_options,
    start_pdf_export,
)
from journeymap.app.exchange.picture_export import export_png_with_progress
from journeymap.app.reasons import reason_of
from journeymap.app.settings import AppSettings
from journeymap.app.window.titles import document_title
from journeymap.canvas.pictures import PictureCancelled, export_svg
from journeymap.fileformat import JourneyFileError

if TYPE_CHECKING:
    from journeymap.canvas import JourneyScene
    from journeymap.document import Document
    from journeymap.model import ProjectData

MERMAID_SUFFIXES = (".mmd", ".mermaid")  # as in journeymap.interchange.files (imported only when used)
CSV_SUFFIXES = (".csv",)
XLSX_SUFFIXES = (".xlsx",)


def safe_name(title: str, fallback: str) -> str:
    """A file name (without suffix) from a journey's title."""
    safe = "".join(c for c in title if c.isalnum() or c in " -_").strip()
    return safe[:60].strip() or fallback


class ImportExport(QObject):
    """Runs the import and export commands of one editor window. It gets the window's settings, a parent for its
    dialogs, `open_untitled` (shows imported data as a new journey; False when the user keeps the current one) and
    the window's document and canvas, which it follows (`set_document`); it reports with `status_message`."""

    status_message = Signal(str, int)  # text, milliseconds: for the window's status bar

    def __init__(self, parent: QWidget, settings: AppSettings, open_untitled: Callable[[ProjectData, bool], bool],
                 document: Document, scene: JourneyScene) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.settings = settings
        self.open_untitled = open_untitled
        self.document = document
        self.scene = scene
        self.pdf_job: PdfExportJob | None = None

    def set_document(self, document: Document, scene: JourneyScene) -> None:
        """The document the window shows now, and its canvas (pictures are drawn from it)."""
        self.document, self.scene = document, scene

    # ---------------------------------------------------------------- import
    def import_(self) -> bool:
        """Ask for a Mermaid or CSV file and open it as a new journey."""
        patterns = " ".join(f"*{s}" for s in MERMAID_SUFFIXES + CSV_SUFFIXES + XLSX_SUFFIXES)
        filters = ";;".join((
            self.tr("Mermaid journeys, CSV files and Excel workbooks (%1)").replace("%1", patterns),
            self.tr("Mermaid journeys (%1)").replace("%1", " ".join(f"*{s}" for s in MERMAID_SUFFIXES)),
            self.tr("CSV of touchpoints (*.csv)"),
            self.tr("Excel workbooks (*.xlsx)"),
            self.tr("All files (*)"),
        ))
        path, _ = QFileDialog.getOpenFileName(self.parent_widget, self.tr("Import journey"), self._start_folder(),
                                              filters)
        return self.import_path(path) if path else False

    def import_path(self, path: str | Path) -> bool:
        """Import `path`; on a bad file show the reason (with its line) and leave the open journey as it is."""
        from journeymap.app import i18n
        from journeymap.interchange import InterchangeError, read_import

        path = Path(path)
        try:
            imported = read_import(path, None)
            data = imported.data
        except (InterchangeError, OSError) as exc:
            reason = exc.message(i18n.current()) if isinstance(exc, InterchangeError) else (exc.strerror or str(exc))
            QMessageBox.critical(self.parent_widget, self.tr("Cannot import"),
                                 self.tr("Nothing was imported.") + "\n\n" + f"{path.name}: {reason}")
            return False
        if not self.open_untitled(data, True):
            return False
        self.settings.set_last_folder(path.resolve().parent)
        message = self.tr("Imported %1: %n touchpoint(s)", "", len(data.touchpoints)).replace("%1", path.name)
        if imported.encoding != "UTF-8":  # e.g. a CSV saved by German Excel
            message += " " + self.tr("(read as %1)").replace("%1", imported.encoding)
        self.status_message.emit(message, 8000)
        return True

    # ---------------------------------------------------------------- exports
    def export_pdf(self) -> PdfExportJob | None:
        """Options, file name, then the export in the background; returns the running job (None if not started)."""
        if self.pdf_job is not None and self.pdf_job.is_running() and not self.pdf_job.is_cancelled():
            return None  # (its progress dialog is open)
        project = self.document.project
        store = self.settings.store
        summary = "<b>" + html.escape(document_title(self.document)) + "</b><br>" + self.tr(
            "%n touchpoint(s)", "", len(project.touchpoints))
        dialog = PdfOptionsDialog(load_pdf_options(store, project.meta.language), summary, self.parent_widget)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            options = dialog.options()
        finally:
            dialog.deleteLater()
        save_pdf_options(store, options)
        path = self._ask_target(self.tr("Export PDF"), ".pdf", self.tr("PDF documents (*.pdf)"))
        if path is None or not self._may_replace(path):
            return None
        self.pdf_job = start_pdf_export(self.parent_widget, project.to_data(), path, options)
        return self.pdf_job

    def export_png(self) -> Path | None:
        path = self._ask_target(self.tr("Export PNG picture"), ".png", self.tr("PNG pictures (*.png)"))
        if path is None:
            return None

        def write() -> str:
            size = export_png_with_progress(self.parent_widget, self.scene, path)
            return self.tr("%1 × %2 pixels").replace("%1", str(size.width())).replace("%2", str(size.height()))
        try:
            return self._write(path, write, busy=False)  # (the progress dialog shows it is busy)
        except PictureCancelled:
            self.status_message.emit(self.tr("Export cancelled; nothing was written."), 8000)
            return None

    def export_svg(self) -> Path | None:
        path = self._ask_target(self.tr("Export SVG picture"), ".svg", self.tr("SVG pictures (*.svg)"))
        if path is None:
            return None
        title = self.document.project.meta.title
        return self._write(path, lambda: export_svg(self.scene, path, title))

    def export_csv(self) -> Path | None:
        path = self._ask_target(self.tr("Export CSV"), ".csv", self.tr("CSV files (*.csv)"))
        if path is None:
            return None
        from journeymap.export import export_csv

        data = self.document.project.to_data()
        return self._write(path, lambda: export_csv(data, path, data.meta.language))

    def export_xlsx(self) -> Path | None:
        path = self._ask_target(self.tr("Export Excel workbook"), ".xlsx", self.tr("Excel workbooks (*.xlsx)"))
        if path is None:
            return None
        from journeymap.export.xlsx_export import export_xlsx

        data = self.document.project.to_data()
        return self._write(path, lambda: export_xlsx(data, path, data.meta.language))

    def export_mermaid(self) -> Path | None:
        path = self._ask_target(self.tr("Export Mermaid journey"), ".mmd",
                                self.tr("Mermaid journeys (*.mmd *.mermaid)"))
        if path is None:
            return None
        from journeymap.interchange import export_mermaid

        data = self.document.project.to_data()
        return self._write(path, lambda: export_mermaid(data, path, data.meta.language))

    # ---------------------------------------------------------------- helpers
    def _may_replace(self, path: Path) -> bool:
        """A write-protected file at `path` is replaced only when the user says so (asked here)."""
        from journeymap.app.files.questions import ask_replace_unwritable
        from journeymap.fileformat import allow_replacing, inspect
        from journeymap.fileformat.output import owner_name

        try:
            target = inspect(path)
        except JourneyFileError:
            return True  # not an ordinary file, or no folder: the write says why
        if target.status is not None and not target.writable:  # an existing file we may not write
            if not ask_replace_unwritable(self.parent_widget, path, owner_name(target.status)):
                return False
            allow_replacing(path)
        return True

    def _write(self, path: Path, write: Callable[[], object], busy: bool = True) -> Path | None:
        """Run `write` (a str it returns is a detail for the status bar; with `busy`, under the wait cursor); show a
        failure in one message box."""
        if not self._may_replace(path):
            return None
        reason: str | None = None
        if busy:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            detail = write()
        except (JourneyFileError, OSError) as exc:
            reason = reason_of(exc, path)
        finally:
            if busy:
                QApplication.restoreOverrideCursor()
        if reason is not None:
            QMessageBox.critical(self.parent_widget, self.tr("Cannot export"),
                                 self.tr("The file was not exported.") + "\n\n" + reason)
            return None
        message = self.tr("Exported to %1").replace("%1", str(path))
        self.status_message.emit(f"{message} ({detail})" if isinstance(detail, str) else message, 8000)
        return path

    def _ask_target(self, title: str, suffix: str, name_filter: str) -> Path | None:
        """The file to export to (the suffix added when missing); None when the user cancels."""
        filters = name_filter + ";;" + self.tr("All files (*)")
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, title, str(self.default_path(suffix)), filters)
        if not path:
            return None
        if not path.lower().endswith(suffix) and not (suffix == ".mmd" and path.lower().endswith(".mermaid")):
            path += suffix
        return Path(path)

    def default_path(self, suffix: str) -> Path:
        """Next to the journey file with its name; else the last folder and a name from the title."""
        document = self.document
        if document.path is not None:
            return document.path.with_suffix(suffix)
        return Path(self._start_folder()) / (safe_name(document.project.meta.title, self.tr("journey")) + suffix)

    def _start_folder(self) -> str:
        folder = self.settings.last_folder()
        return folder if folder and Path(folder).is_dir() else str(Path.home())
