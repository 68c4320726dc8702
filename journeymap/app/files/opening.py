"""Opening a big journey without freezing the window: the file is read, migrated and validated on a worker thread
while a progress dialog shows (with Cancel); only the canvas is then built on the GUI thread.

`FileController.open_path` hands files of `BACKGROUND_BYTES` and more to an `OpenJob`; smaller ones open at once
(they take a few milliseconds). The outcome is the same either way: the journey replaces the current one, or one
message box says why the file could not be opened and the current journey stays. The job announces its result
with signals (`ready`, `failed`, `finished`); it knows nothing of the controller that started it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from journeymap.app import worker_gc
from journeymap.app.reasons import reason_of
from journeymap.fileformat import JourneyFileError

if TYPE_CHECKING:
    from journeymap.document import Document
    from journeymap.fileformat import FileStamp
    from journeymap.model import ProjectData

BACKGROUND_BYTES = 256 * 1024  # about 400 touchpoints: from here on, reading takes long enough to be noticed
POLL_MS = 15  # how often the GUI thread looks whether a reading has finished


def is_big(path: Path) -> bool:
    """Should `path` be read on a worker thread? (A file that cannot be looked at opens the ordinary way,
    which reports why.)"""
    try:
        return path.stat().st_size >= BACKGROUND_BYTES
    except OSError:
        return False


def read(path: Path):
    """`((data, stamp), None)` or `(None, one-line reason)`: what the worker thread does, never raising."""
    from journeymap.fileformat import JourneyFileError, load_with_stamp

    try:
        return load_with_stamp(path), None
    except JourneyFileError as exc:
        return None, reason_of(exc)
    except OSError as exc:
        return None, f"{path}: {exc.strerror or exc}"
    except Exception as exc:
        return None, f"{path}: unexpected problem ({type(exc).__name__}: {exc})"


class _Reading:
    """One file read on a worker thread. The thread touches nothing of Qt: it leaves `read`'s result here, and
    a timer on the GUI thread hands it to `on_ready` (None once nobody waits for it any more)."""

    def __init__(self, path: Path, on_ready) -> None:
        self.path = path
        self.on_ready = on_ready
        self.result: tuple = (None, None)
        self.ready = threading.Event()

    def run(self) -> None:
        self.result = read(self.path)
        self.ready.set()


# While a worker thread runs, Python's automatic garbage collection is paused (see `worker_gc`).
_readings: list[_Reading] = []
_poll: QTimer | None = None


def _start_reading(path: Path, on_ready) -> _Reading:
    global _poll
    if not _readings:
        worker_gc.pause()
    reading = _Reading(path, on_ready)
    _readings.append(reading)
    if _poll is None:
        _poll = QTimer(QCoreApplication.instance())
        _poll.setInterval(POLL_MS)
        _poll.timeout.connect(_collect)
    _poll.start()
    threading.Thread(target=reading.run, name=f"open {path.name}", daemon=True).start()
    return reading


def _collect() -> None:
    """On the GUI thread: hand finished readings over, and end the quiet time of the garbage collector."""
    finished = [r for r in _readings if r.ready.is_set()]
    _readings[:] = [r for r in _readings if not r.ready.is_set()]
    if not _readings:
        if _poll is not None:
            _poll.stop()
        worker_gc.resume()
    for reading in finished:
        if reading.on_ready is not None:
            reading.on_ready(*reading.result)


class OpenJob(QObject):
    """One big file being opened: a worker thread reads it, `make_document` turns it into a document on the GUI
    thread, and `ready` hands that over to be shown (the canvas is built while `ready` is emitted, with the
    progress dialog counting)."""

    ready = Signal(object)  # the Document to show
    failed = Signal(str)  # one line: why the file cannot be opened
    finished = Signal(bool)  # True: the journey is shown; False: failed or cancelled

    def __init__(self, parent: QWidget, path: Path,
                 make_document: Callable[[ProjectData, FileStamp | None], Document]) -> None:
        super().__init__(parent)
        self.path = path
        self.make_document = make_document  # may raise `JourneyFileError` (another editor took the file)
        self.cancelled = False
        self.done = False
        self._reading: _Reading | None = None
        self.progress = QProgressDialog(parent)
        self.progress.setWindowTitle(self.tr("Opening"))
        self.progress.setLabelText(self.tr("Reading “%1”…").replace("%1", path.name))
        self.progress.setRange(0, 0)  # busy: reading has no steps to count
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.canceled.connect(self.cancel)

    def start(self) -> None:
        self.progress.show()
        self._reading = _start_reading(self.path, self._show)

    def cancel(self) -> None:
        """Stop waiting: the file's contents are dropped when they arrive; the current journey stays."""
        if not self.done:
            self.cancelled = True
            self._end(False)

    def _show(self, loaded, reason: str | None) -> None:
        if self.cancelled or self.done:
            return
        if loaded is None:
            self._end(False)
            self.failed.emit(reason)
            return
        data, stamp = loaded
        try:
            document = self.make_document(data, stamp)
        except JourneyFileError as exc:  # another editor took the file while it was read
            self._end(False)
            self.failed.emit(reason_of(exc))
            return
        from journeymap.canvas.projection import reporting_build

        self.progress.setLabelText(self.tr("Drawing the map of %n touchpoint(s)…", "", len(data.touchpoints)))
        self.progress.canceled.disconnect(self.cancel)
        self.progress.setCancelButton(None)  # the canvas is built on the GUI thread: it cannot be left half done
        self.progress.setRange(0, len(data.touchpoints) + len(data.links))
        _keep_painting()
        with reporting_build(self._built):
            self.ready.emit(document)
        self._end(True)

    def _built(self, done: int, total: int) -> None:
        self.progress.setValue(done)
        _keep_painting()

    def _end(self, shown: bool) -> None:
        self.done = True
        if self._reading is not None:
            self._reading.on_ready = None
        self.progress.close()
        self.progress.deleteLater()
        self.finished.emit(shown)
        self.deleteLater()


def _keep_painting() -> None:
    """Let the window and the progress dialog paint (and timers run) in the middle of building the canvas; what
    the user does meanwhile waits until it is built."""
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


class _Opens(Protocol):
    opening: Any  # the `OpenJob` under way, or None


def wait(files: _Opens, timeout_ms: int = 120_000) -> bool:
    """Process events until no file is being opened (scripts, tests, benchmarks); False on timeout."""
    clock = QElapsedTimer()
    clock.start()
    while files.opening is not None:
        if clock.elapsed() > timeout_ms:
            return False
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        time.sleep(0.002)  # lets the worker thread run
    return True
