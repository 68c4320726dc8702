"""Start the editor: `run_editor(path)` sets up the application, translations, crash recovery and a window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent, QIcon
from PySide6.QtWidgets import QApplication

from journeymap.app import i18n
from journeymap.app.recovery_dialog import offer_recovery
from journeymap.app.settings import AppSettings
from journeymap.app.window import MainWindow
from journeymap.locate import resource_path
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


def new_window(settings: AppSettings) -> MainWindow:
    window = MainWindow(settings)
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


class _FileOpenFilter(QObject):
    """macOS hands files opened from the Finder over as `QFileOpenEvent`s, not as arguments."""

    def __init__(self, settings: AppSettings, parent: QObject) -> None:
        super().__init__(parent)
        self.settings = settings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent) and _windows:
            _windows[-1].files.open_file(event.file())
            return True
        return super().eventFilter(watched, event)


def run_editor(path: str | None = None) -> int:
    """Open the editor (optionally on `path`) and run until the last window closes; returns the exit code."""
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "journeymap"])
    configure(app)
    settings = AppSettings()
    i18n.install(i18n.resolve(settings.language()))
    app.installEventFilter(_FileOpenFilter(settings, app))
    window = new_window(settings)
    window.show()
    if path:
        window.files.open_path(Path(path))
    offer_recovery(lambda orphan: _restore(orphan, settings), parent=window)
    code = app.exec()
    if app.platformName() == "offscreen":
        app.clipboard().clear()  # Qt's offscreen clipboard crashes at exit while it holds data
    return code
