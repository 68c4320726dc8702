"""File ▸ Export ▸ PDF…: the options dialog (paper, map layout, language, sections) and the export in the background.

The PDF is built by the Qt-free `journeymap.export.export_pdf` on a worker thread from a snapshot of the journey
(`Project.to_data()`), so the window keeps painting and the progress dialog's Cancel button works. The exporter
writes atomically: a cancelled or failed export leaves no file behind. The last choices are remembered per user in
QSettings (never in the document).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from journeymap.app import worker_gc
from journeymap.app.reasons import reason_of
from journeymap.fileformat import JourneyFileError
from journeymap.model import ProjectData

if TYPE_CHECKING:
    from journeymap.export import PdfReport

PAPERS = ("a4", "a3", "a2", "a1", "poster")
MODES = ("auto", "fit", "tile")
LANGUAGES = ("de", "en")
SECTIONS = ("cover", "summary", "map", "blueprint", "opportunities", "personas", "kpis", "findings", "recommendations",
            "appendix")  # as `export.pdf_document.SECTIONS` (not imported: reportlab loads only when exporting)
OLD_SECTIONS = ("cover", "summary", "map", "personas", "kpis", "findings", "recommendations", "appendix")  # before 16


@dataclass(frozen=True)
class PdfOptions:
    """What the user chose for a PDF export."""

    paper: str = "a4"
    mode: str = "auto"
    lang: str = "de"
    sections: tuple[str, ...] = SECTIONS


# ---------------------------------------------------------------- remembered choices
def load_pdf_options(store: QSettings, default_lang: str = "de") -> PdfOptions:
    """The choices of the last PDF export (unknown or missing values fall back to the defaults)."""
    def value(key: str, allowed: tuple[str, ...], default: str) -> str:
        raw = str(store.value(f"export/pdf_{key}", default) or default)
        return raw if raw in allowed else default

    lang = default_lang if default_lang in LANGUAGES else "de"
    stored = str(store.value("export/pdf_sections", ",".join(SECTIONS)) or "").split(",")
    known = str(store.value("export/pdf_sections_known", ",".join(OLD_SECTIONS)) or "").split(",")
    # a section this journeymap has and the last export's did not (blueprint, opportunities) starts ticked
    sections = tuple(s for s in SECTIONS if s in stored or s not in known) or SECTIONS
    return PdfOptions(value("paper", PAPERS, "a4"), value("mode", MODES, "auto"), value("lang", LANGUAGES, lang),
                      sections)


def save_pdf_options(store: QSettings, options: PdfOptions) -> None:
    store.setValue("export/pdf_paper", options.paper)
    store.setValue("export/pdf_mode", options.mode)
    store.setValue("export/pdf_lang", options.lang)
    store.setValue("export/pdf_sections", ",".join(options.sections))
    store.setValue("export/pdf_sections_known", ",".join(SECTIONS))


# ---------------------------------------------------------------- the options dialog
class PdfOptionsDialog(QDialog):
    """Paper, map layout, language and sections of the PDF; OK goes on to choosing the file."""

    def __init__(self, options: PdfOptions, summary: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_options_dialog")
        self.paper = QComboBox(self)
        self.mode = QComboBox(self)
        self.lang = QComboBox(self)
        for combo, values in ((self.paper, PAPERS), (self.mode, MODES), (self.lang, LANGUAGES)):
            for value in values:
                combo.addItem("", value)
        self.mode_note = QLabel(self)
        self.mode_note.setWordWrap(True)
        self.mode_note.setStyleSheet("color: palette(placeholder-text);")
        self.summary = QLabel(summary, self)
        self.summary.setWordWrap(True)
        self.summary.setVisible(bool(summary))
        self.labels = [QLabel(self) for _ in range(3)]
        for label, field in zip(self.labels, (self.paper, self.mode, self.lang), strict=False):
            label.setBuddy(field)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.labels[0], self.paper)
        self.form.addRow(self.labels[1], self.mode)
        self.form.setWidget(self.form.rowCount(), QFormLayout.ItemRole.FieldRole, self.mode_note)  # (no label)
        self.form.addRow(self.labels[2], self.lang)
        self.sections_box = QGroupBox(self)
        grid = QGridLayout(self.sections_box)
        self.section_checks: dict[str, QCheckBox] = {}
        for i, key in enumerate(SECTIONS):
            check = QCheckBox(self.sections_box)
            check.setObjectName(f"section_{key}")
            check.toggled.connect(self._sections_changed)
            grid.addWidget(check, i % 5, i // 5)
            self.section_checks[key] = check
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(self.form)
        layout.addWidget(self.sections_box)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.mode.currentIndexChanged.connect(self._show_mode_note)
        self.set_options(options)
        self.retranslate()
        self.setMinimumWidth(420)

    def set_options(self, options: PdfOptions) -> None:
        for combo, value in ((self.paper, options.paper), (self.mode, options.mode), (self.lang, options.lang)):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
        for key, check in self.section_checks.items():
            check.setChecked(key in options.sections)

    def options(self) -> PdfOptions:
        sections = tuple(key for key, check in self.section_checks.items() if check.isChecked())
        return PdfOptions(self.paper.currentData(), self.mode.currentData(), self.lang.currentData(), sections)

    def _sections_changed(self, *_args) -> None:
        """At least one section: OK is off while none is ticked."""
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok) if hasattr(self, "buttons") else None
        if ok is not None:
            ok.setEnabled(any(check.isChecked() for check in self.section_checks.values()))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export PDF"))
        texts = (self.tr("&Paper:"), self.tr("&Map:"), self.tr("&Language:"))
        for label, text in zip(self.labels, texts, strict=False):
            label.setText(text)
        self.sections_box.setTitle(self.tr("Sections"))
        titles = {
            "cover": self.tr("&Cover"), "summary": self.tr("&At a glance"), "map": self.tr("&Journey map"),
            "personas": self.tr("Per&sonas"), "kpis": self.tr("&KPIs"), "findings": self.tr("&Findings"),
            "recommendations": self.tr("&Recommendations"), "appendix": self.tr("Appen&dix"),
            "blueprint": self.tr("Service &blueprint"), "opportunities": self.tr("&Opportunities"),
        }
        for key, check in self.section_checks.items():
            check.setText(titles[key])
        self.sections_box.setToolTip(self.tr("Sections with nothing to show are left out anyway."))
        names = {
            "a4": self.tr("A4"), "a3": self.tr("A3"), "a2": self.tr("A2"), "a1": self.tr("A1"),
            "poster": self.tr("Poster (one page, map at full size)"),
            "auto": self.tr("Automatic"), "fit": self.tr("Whole map on one page"),
            "tile": self.tr("Split over several pages"),
            "de": "Deutsch", "en": "English",
        }
        for combo in (self.paper, self.mode, self.lang):
            for i in range(combo.count()):
                combo.setItemText(i, names[combo.itemData(i)])
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Export…"))
        self._show_mode_note()

    def _show_mode_note(self, *_args) -> None:
        notes = {
            "auto": self.tr("One page while card labels stay at least 9 pt, otherwise split over several pages."),
            "fit": self.tr("Small maps stay readable; big ones get small print."),
            "tile": self.tr("Split between rows of cards: every page shows all phases with their headers; the "
                            "first one shows an index."),
        }
        self.mode_note.setText(notes[self.mode.currentData()])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


# ---------------------------------------------------------------- the export in the background
class _PdfThread(QThread):
    """Runs `export_pdf` once; the outcome is left in `report`, `error` or `was_cancelled`."""

    progressed = Signal(int, int)  # pages done, pages expected (an estimate that may grow)

    def __init__(self, data: ProjectData, path: Path, options: PdfOptions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data, self.path, self.options = data, path, options
        self.stop = threading.Event()
        self.report: PdfReport | None = None
        self.error: str | None = None
        self.was_cancelled = False

    def run(self) -> None:  # in the worker thread: touches no widget, only emits
        from journeymap.export import ExportCancelled, export_pdf

        try:
            self.report = export_pdf(self.data, self.path, paper=self.options.paper, lang=self.options.lang,
                                     mode=self.options.mode, progress=self._progress, cancelled=self.stop.is_set,
                                     sections=self.options.sections)
        except ExportCancelled:
            self.was_cancelled = True
        except JourneyFileError as exc:
            self.error = reason_of(exc)
        except Exception as exc:
            self.error = " ".join(f"{self.path}: {exc or type(exc).__name__}".split())

    def _progress(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)


_RUNNING: set[PdfExportJob] = set()  # jobs stay alive until their thread has finished
class PdfExportJob(QObject):
    """One PDF export: the worker thread and the progress dialog with its Cancel button.

    `finished` carries the outcome, `"done"`, `"cancelled"` or `"failed"`; `report`, `error` and `percent` (the
    highest progress shown, 0–100) tell the rest.
    """

    finished = Signal(str)

    def __init__(self, window: QWidget, data: ProjectData, path: Path, options: PdfOptions) -> None:
        super().__init__()
        self.window = window
        self.path = path
        self.options = options
        self.report: PdfReport | None = None
        self.error: str | None = None
        self.outcome: str | None = None
        self.percent = 0
        self.worker = _PdfThread(data, path, options, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        title = data.meta.title.strip() or path.name
        self.dialog = QProgressDialog(window)
        self.dialog.setObjectName("pdf_progress_dialog")
        self.dialog.setWindowTitle(self.tr("Export PDF"))
        self.dialog.setLabelText(self.tr("Exporting “%1”…").replace("%1", title))
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setRange(0, 0)  # busy until the first page is done (a big map takes a while to lay out)
        self.dialog.setMinimumDuration(400)
        self.dialog.setMinimumWidth(380)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.canceled.connect(self.cancel)
        window.destroyed.connect(self.cancel)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.abort)

    def start(self) -> PdfExportJob:
        _RUNNING.add(self)
        worker_gc.pause()
        self.worker.start()
        return self

    def is_running(self) -> bool:
        return self.outcome is None

    def is_cancelled(self) -> bool:
        """Cancel was pressed (the worker may still be on its way to stop)."""
        return self.worker.stop.is_set()

    def cancel(self) -> None:
        """Stop at the next page; nothing is written."""
        self.worker.stop.set()
        if Shiboken.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def abort(self) -> None:
        """The application quits: cancel and wait for the worker."""
        self.worker.stop.set()
        self.worker.wait()

    def _progressed(self, done: int, total: int) -> None:
        percent = min(100, round(100 * done / max(total, 1)))
        self.percent = max(self.percent, percent)
        if Shiboken.isValid(self.dialog) and not self.worker.stop.is_set():
            if self.dialog.maximum() == 0:
                self.dialog.setRange(0, 100)
            self.dialog.setValue(self.percent)
            self.dialog.setLabelText(self.tr("Exporting page %1 of about %2…").replace("%1", str(done))
                                     .replace("%2", str(max(total, done))))

    def _finished(self) -> None:
        worker_gc.resume()
        thread = self.worker
        self.report, self.error = thread.report, thread.error
        self.outcome = "cancelled" if thread.was_cancelled else "failed" if self.error else "done"
        if Shiboken.isValid(self.dialog):
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.close()
            self.dialog.deleteLater()
        window_alive = Shiboken.isValid(self.window)
        if self.outcome == "failed" and window_alive:
            QMessageBox.critical(self.window, self.tr("Cannot export"),
                                 self.tr("The PDF was not exported.") + "\n\n" + (self.error or ""))
        elif self.outcome == "done" and self.report is not None and window_alive and hasattr(self.window, "statusBar"):
            pages = self.tr("%n page(s)", "", self.report.pages)
            self.window.statusBar().showMessage(
                self.tr("Exported %1 to %2").replace("%1", pages).replace("%2", str(self.report.path)), 8000)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.abort)
        _RUNNING.discard(self)
        self.finished.emit(self.outcome)
        self.deleteLater()


def start_pdf_export(window: QWidget, data: ProjectData, path: str | Path, options: PdfOptions) -> PdfExportJob:
    """Export `data` (a snapshot) to `path` in the background, with a progress dialog that can cancel it."""
    return PdfExportJob(window, data, Path(path), options).start()


def running_jobs() -> list[PdfExportJob]:
    """PDF exports still running (for tests and for refusing a second export of the same file)."""
    return list(_RUNNING)
