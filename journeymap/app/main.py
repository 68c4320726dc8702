"""Start the editor: `run_editor(path)` sets up the application, translations, crash recovery and a window."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from journeymap.app import i18n
from journeymap.app.settings import AppSettings
from journeymap.app.window import startup_probe
from journeymap.app.window.main_window import MainWindow
from journeymap.locate import resource_path

if TYPE_CHECKING:
    from journeymap.recovery import Orphan

ORGANISATION = APPLICATION = "journeymap"

_windows: list[MainWindow] = []


def configure(app: QApplication) -> None:
    """Names (they decide where settings and autosaves live) and the window icon."""
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setDesktopFileName("journeymap")
    icon = resource_path("icons", "journeymap.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def new_window(settings: AppSettings, deferred: bool = False) -> MainWindow:
    window = MainWindow(settings, deferred=deferred)
    _windows.append(window)
    window.destroyed.connect(lambda *_: _windows.remove(window) if window in _windows else None)
    return window


def _restore(orphan: Orphan, settings: AppSettings) -> bool:
    """Restore into the first window that shows an empty, untouched journey, else into a new window."""
    target = next((w for w in _windows if w.document.path is None and not w.document.is_modified()
                   and not w.document.project.touchpoints), None)
    if target is None:
        target = new_window(settings)
    target.show()
    return target.files.restore(orphan)


def open_from_system(event: QEvent) -> bool:
    """macOS hands files opened from the Finder over as `QFileOpenEvent`s, not as arguments: open one in the
    newest window (once it is built). True when `event` was such a file."""
    if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and _windows:
        window, path = _windows[-1], event.file()
        window.when_built(lambda: window.files.open_file(path))  # it may come while the window is built
        return True
    return False


class _Application(QApplication):
    """The editor's application object. It takes the file-open events sent to it itself: an application-wide
    event filter would put every event of every widget through Python (≈70 ms of the start alone)."""

    def event(self, event: QEvent) -> bool:
        return open_from_system(event) or super().event(event)


def offer_recovery(*args, **kwargs) -> list[str]:
    """`recovery_dialog.offer_recovery`, imported when the window is built (it needs the file format)."""
    from journeymap.app.files.recovery_dialog import offer_recovery as offer

    return offer(*args, **kwargs)


def _finish_start(window: MainWindow, settings: AppSettings, path: str | None, collect: bool) -> None:
    """After the first paint: build the window, open the file given on the command line, offer recovery.
    `collect`: the garbage collector was on before the start (see `run_editor`) and comes back on here."""
    window.build()
    if collect:
        # Everything made so far lives as long as the program: the collector need never walk it again.
        gc.freeze()
        gc.enable()  # before a file is opened: a big one is read on a worker thread (`app.worker_gc`)
    if path:
        window.files.open_path(Path(path))  # a small file opens at once, a big one on a worker thread
    # The canvas shown now (the file's, or the empty journey's while a big file is read) is painted next: then the
    # editor is ready, and the findings' first analysis (networkx) follows on the next turn.
    probe = startup_probe.probe_path()
    startup_probe.after_first_paint(window.view.viewport(), lambda: _canvas_painted(window, probe))
    offer_recovery(lambda orphan: _restore(orphan, settings), parent=window)


def _canvas_painted(window: MainWindow, probe: Path | None) -> None:
    """The editor is usable: mark it (`ready`), then analyse the journey for the findings dock (`findings`, once the
    dock has shown them)."""
    if probe is not None:
        startup_probe.write_mark(probe, "ready")
    QTimer.singleShot(0, window.findings, lambda: _analyse(window, probe))


def _analyse(window: MainWindow, probe: Path | None) -> None:
    done = window.findings.started  # (by an edit, or the window's backstop, if the canvas took that long)
    window.findings.start()
    if probe is not None and done:
        startup_probe.write_mark(probe, "findings")
    elif probe is not None:  # the summary line always changes with the first analysis: its repaint shows them
        startup_probe.after_first_paint(window.findings.summary, lambda: startup_probe.write_mark(probe, "findings"),
                                        fallback_ms=None)


def run_editor(path: str | None = None) -> int:
    """Open the editor (optionally on `path`) and run until the last window closes; returns the exit code."""
    # The start makes hundreds of thousands of objects (modules, classes, widgets) and no garbage: the cyclic
    # collector is kept off until the window is built (`_finish_start`), which saves a tenth of the start.
    collect = gc.isenabled()
    gc.disable()
    running = QApplication.instance()
    app = running if isinstance(running, QApplication) else _Application([sys.argv[0] if sys.argv else "journeymap"])
    configure(app)
    settings = AppSettings()
    i18n.install(i18n.resolve(settings.language()))
    # The window's frame is shown first; its docks, document and canvas are built right after the first paint,
    # so the window appears about as fast as an empty Qt window would (docs/performance.md, "Startup").
    window = new_window(settings, deferred=True)
    startup_probe.after_first_paint(window, lambda: _finish_start(window, settings, path, collect))
    startup_probe.install(window)  # installed last, so its filter sees the first paint first (and writes first)
    window.show()
    code = app.exec()
    if collect and not gc.isenabled() and not window.built:  # closed before it was built (`_finish_start`)
        gc.enable()
    if app.platformName() == "offscreen":
        app.clipboard().clear()  # Qt's offscreen clipboard crashes at exit while it holds data
    return code
