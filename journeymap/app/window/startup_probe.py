"""Startup helpers: run something right after a widget's first paint, and the startup probe.

With `JOURNEYMAP_STARTUP_PROBE=PATH` set, the editor writes to PATH, once each, the moment its first window has been
painted (`shown SECONDS`), the moment the canvas has been painted after the window was built (`ready SECONDS`) and
the moment the findings dock has shown the first analysis, which follows (`findings SECONDS`), as `time.time()`
values, one line each. The startup benchmark starts the program in a subprocess, takes the time
just before, and reads the differences. Without the variable the probe does nothing.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENV = "JOURNEYMAP_STARTUP_PROBE"
FALLBACK_MS = 1000  # a window that is never painted (started minimised) still gets built


class _FirstPaint(QObject):
    """Waits for the widget's first paint event, then calls back once that paint is done."""

    def __init__(self, widget: QWidget, call: Callable[[], object], fallback_ms: int | None) -> None:
        super().__init__(widget)
        self.widget, self.call, self.done = widget, call, False
        widget.installEventFilter(self)
        if fallback_ms is not None:
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint (and its children's) has been handled
        return False

    def _fire(self) -> None:
        if not self.done:
            self.done = True
            self.widget.removeEventFilter(self)
            self.call()


def after_first_paint(widget: QWidget, call: Callable[[], object], fallback_ms: int | None = FALLBACK_MS) -> None:
    """Call `call()` once, right after `widget` has been painted for the first time (or after `fallback_ms`)."""
    _FirstPaint(widget, call, fallback_ms)


def probe_path(environ: dict[str, str] | None = None) -> Path | None:
    path = (os.environ if environ is None else environ).get(ENV)
    return Path(path) if path else None


def write_mark(path: Path, what: str) -> None:
    """Append `what SECONDS` to the probe file (never disturbing the editor when that fails)."""
    with contextlib.suppress(OSError), path.open("a", encoding="ascii") as out:
        out.write(f"{what} {time.time():.6f}\n")


def install(window: QWidget, environ: dict[str, str] | None = None, what: str = "shown") -> bool:
    """Write `what` to the probe file after `window`'s first paint when the probe variable is set; returns True
    when it is."""
    path = probe_path(environ)
    if path is None:
        return False
    after_first_paint(window, lambda: write_mark(path, what), fallback_ms=None)
    return True
