"""The preview of File ▸ Print workshop kit…: the first page of the PDF a choice prints, as a picture.

The PDF is drawn exactly as it will be written (`journeymap.export.kit.render_kit`, "Page 1 of 31" included) and
its first page rasterised by pypdfium2, the Python binding of PDFium (the PDF engine of Chromium): PySide6-
Essentials has no QtPdf, and drawing the page a second time with QPainter would show something other than the
file. Both steps run on a worker thread; requests are debounced, and a new choice cancels a preview still being
drawn (the kit checks for a cancel after every page), so a journey of 2,000 touchpoints never blocks the dialog.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal
from PySide6.QtGui import QImage

from journeymap.app import worker_gc
from journeymap.app.exchange.kit_choice import KitChoice
from journeymap.model import ProjectData

PREVIEW_PIXELS = 1200  # the longer side of the rendered page; the dialog scales it down to fit
DEBOUNCE_MS = 250
_PDFIUM = threading.Lock()  # PDFium is not thread-safe: one document at a time


def first_page_image(content: bytes, longest: int = PREVIEW_PIXELS) -> QImage:
    """Page 1 of the PDF `content` as an RGB picture whose longer side is `longest` pixels."""
    import pypdfium2

    with _PDFIUM:
        document = pypdfium2.PdfDocument(content)
        try:
            page = document[0]
            width, height = page.get_size()
            bitmap = page.render(scale=longest / max(width, height, 1.0), rev_byteorder=True)  # RGB bytes
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGB888).copy()  # the copy owns its pixels
        finally:
            document.close()
    return image


class _PreviewThread(QThread):
    """Draws one choice's PDF and rasterises its first page; the outcome is left in `image`/`report`/`error`."""

    def __init__(self, choice: KitChoice, data: ProjectData, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.choice, self.data = choice, data
        self.stop = threading.Event()
        self.image: QImage | None = None
        self.report: object = None
        self.error: str | None = None
        self.handled = False  # the GUI thread has resumed the garbage collector for this thread

    def run(self) -> None:  # in the worker thread: touches no widget
        from journeymap.export import ExportCancelled
        from journeymap.export.kit import render_kit

        try:
            kind, lang, paper, data, blank = self.choice.export_args(self.data)
            content, self.report = render_kit(kind, lang, paper, data, blank, cancelled=self.stop.is_set)
            if not self.stop.is_set():
                self.image = first_page_image(content)
        except ExportCancelled:
            pass
        except Exception as exc:
            self.error = " ".join(str(exc or type(exc).__name__).split())


class KitPreview(QObject):
    """Background previews of one journey's kit: `request(choice)` draws it a moment later (`busy` at once);
    `ready(image, report)` or `failed(reason)` follow for the newest request only."""

    busy = Signal()
    ready = Signal(QImage, object)  # the first page; the KitReport (pages, paper, …)
    failed = Signal(str)

    def __init__(self, data: ProjectData, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.data = data
        self.pending: KitChoice | None = None
        self.worker: _PreviewThread | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self._start)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def request(self, choice: KitChoice) -> None:
        """Preview `choice` once the user has stopped changing it; a preview still being drawn is cancelled."""
        self.pending = choice
        if self.worker is not None:
            self.worker.stop.set()
        self.busy.emit()
        self.timer.start()

    def is_idle(self) -> bool:
        return self.worker is None and self.pending is None

    def stop(self) -> None:
        """No more previews: cancel the one being drawn and wait for its thread (before writing the PDF)."""
        self.pending = None
        self.timer.stop()
        thread = self.worker
        if thread is not None:
            thread.stop.set()
            thread.wait()
            self._release(thread)
            self.worker = None

    def _start(self) -> None:
        if self.worker is not None or self.pending is None:
            return  # the running thread stops soon; its end starts the pending choice
        choice, self.pending = self.pending, None
        thread = _PreviewThread(choice, self.data, self)
        thread.finished.connect(lambda: self._finished(thread))
        self.worker = thread
        worker_gc.pause()
        thread.start()

    def _finished(self, thread: _PreviewThread) -> None:
        self._release(thread)
        image, report, error = thread.image, thread.report, thread.error
        thread.deleteLater()
        if thread is not self.worker:
            return  # stopped already
        self.worker = None
        if self.pending is not None:  # a newer choice is waiting: this outcome is stale
            if not self.timer.isActive():
                self._start()
            return
        if image is not None:
            self.ready.emit(image, report)
        elif error is not None:
            self.failed.emit(error)

    @staticmethod
    def _release(thread: _PreviewThread) -> None:
        """The thread has ended: the garbage collector may run again (once per thread)."""
        if not thread.handled:
            thread.handled = True
            worker_gc.resume()
