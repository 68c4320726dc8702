"""Where the main window and its docks go when no saved layout says so: sizes that fit the screen and leave the
canvas what the docks can spare."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow


def restore_geometry(window: QMainWindow, saved: QByteArray | None) -> None:
    """The saved window geometry, else 1600×1000 or the screen's available size if that is smaller."""
    if saved is not None and window.restoreGeometry(saved):
        return
    screen = QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen else None
    window.resize(min(1600, available.width()) if available else 1600,
                  min(1000, available.height()) if available else 1000)


def size_default_docks(window: QMainWindow, catalogue: QDockWidget, personas: QDockWidget, inspector: QDockWidget,
                       findings: QDockWidget) -> None:
    """First start, once the window is laid out: the inspector as wide as its form needs, the catalogue narrower on
    a laptop (240 px at 1366 px) than on a large screen (280 px at 1920 px)."""
    catalogue_width = max(240, min(280, round(window.width() * 0.15)))
    inspector_width = max(390, inspector.minimumSizeHint().width())
    window.resizeDocks([catalogue, inspector], [catalogue_width, inspector_width], Qt.Orientation.Horizontal)
    window.resizeDocks([inspector, findings], [700, 170], Qt.Orientation.Vertical)
    window.resizeDocks([catalogue, personas], [560, 300], Qt.Orientation.Vertical)
