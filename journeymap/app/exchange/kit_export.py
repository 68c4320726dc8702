"""Writing a workshop kit PDF in the background, with a progress dialog whose Cancel stops it.

`journeymap.export.kit.export_kit` (the command line's writer) runs on a worker thread with a snapshot of the
journey; it reports every page and asks for a cancel after every page, and writes atomically: a cancelled or failed
kit leaves no file behind, and an older file stays as it was.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import Shiboken

from journeymap.app import worker_gc
from journeymap.app.exchange.kit_choice import KitChoice
from journeymap.app.reasons import reason_of
from journeymap.fileformat import JourneyFileError
from journeymap.model import ProjectData

if TYPE_CHECKING:
    from journeymap.export.kit import KitReport

StatusMessage = Callable[[str, int], object]  # text, milliseconds: the window's status bar


class _KitThread(QThread):
    """Runs `export_kit` once; the outcome is left in `report`, `error` or `was_cancelled`."""

    progressed = Signal(int, int)  # pages done, pages in all

    def __init__(self, choice: KitChoice, data: ProjectData, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choice, self.data, self.path = choice, data, path
        self.stop = threading.Event()
        self.report: KitReport | None = None
        self.error: str | None = None
        self.was_cancelled = False

    def run(self) -> None:  # in the worker thread: touches no widget, only emits
        from journeymap.export import ExportCancelled
        from journeymap.export.kit import export_kit

        kind, lang, paper, data, blank = self.choice.export_args(self.data)
        try:
            self.report = export_kit(kind, self.path, lang, paper, data, blank, progress=self.progressed.emit,
                                     cancelled=self.stop.is_set)
        except ExportCancelled:
            self.was_cancelled = True
        except JourneyFileError as exc:
            self.error = reason_of(exc)
        except Exception as exc:
            self.error = " ".join(f"{self.path}: {exc or type(exc).__name__}".split())


_RUNNING: set[KitExportJob] = set()  # jobs stay alive until their thread has finished


class KitExportJob(QObject):
    """One kit being written: the worker thread and the progress dialog with its Cancel button.

    `finished` carries the outcome, `"done"`, `"cancelled"` or `"failed"`; `report` and `error` tell the rest."""

    finished = Signal(str)

    def __init__(self, parent: QWidget, choice: KitChoice, data: ProjectData, path: Path,
                 status_message: StatusMessage | None = None) -> None:
        super().__init__()
        self.parent_widget = parent
        self.path = path
        self.status_message = status_message
        self.report: KitReport | None = None
        self.error: str | None = None
        self.outcome: str | None = None
        self.worker = _KitThread(choice, data, path, self)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.dialog = QProgressDialog(parent)
        self.dialog.setObjectName("kit_progress_dialog")
        self.dialog.setWindowTitle(self.tr("Print workshop kit"))
        self.dialog.setLabelText(self.tr("Writing “%1”…").replace("%1", path.name))
        self.dialog.setCancelButtonText(self.tr("Cancel"))
        self.dialog.setRange(0, 0)  # busy until the first page is done
        self.dialog.setMinimumDuration(400)
        self.dialog.setMinimumWidth(380)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.canceled.connect(self.cancel)
        parent.destroyed.connect(self.cancel)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.abort)

    def start(self) -> KitExportJob:
        _RUNNING.add(self)
        worker_gc.pause()
        self.worker.start()
        return self

    def is_running(self) -> bool:
        return self.outcome is None

    def cancel(self) -> None:
        """Stop after the current page; nothing is written."""
        self.worker.stop.set()
        if Shiboken.isValid(self.dialog) and self.dialog.isVisible():
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def abort(self) -> None:
        """The application quits: cancel and wait for the worker."""
        self.worker.stop.set()
        self.worker.wait()

    def _progressed(self, done: int, total: int) -> None:
        if not Shiboken.isValid(self.dialog) or self.worker.stop.is_set():
            return
        if self.dialog.maximum() == 0:
            self.dialog.setRange(0, 100)
        self.dialog.setValue(min(100, round(100 * done / max(total, 1))))
        self.dialog.setLabelText(self.tr("Writing page %1 of %2…").replace("%1", str(done))
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
        parent_alive = Shiboken.isValid(self.parent_widget)
        if self.outcome == "failed" and parent_alive:
            QMessageBox.critical(self.parent_widget, self.tr("Cannot write the workshop kit"),
                                 self.tr("The PDF was not written.") + "\n\n" + (self.error or ""))
        elif self.outcome == "done" and parent_alive and self.status_message is not None and self.report:
            pages = self.tr("%n page(s)", "", self.report.pages)
            self.status_message(self.tr("Workshop kit written to %1 (%2)").replace("%1", str(self.path))
                                .replace("%2", pages), 8000)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.disconnect(self.abort)
        _RUNNING.discard(self)
        self.finished.emit(self.outcome)
        self.deleteLater()


def running_kit_jobs() -> list[KitExportJob]:
    """Kits still being written (for tests)."""
    return list(_RUNNING)
