"""File ▸ Open Recent: the menu filled from the settings' list each time it opens."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from journeymap.app.settings import AppSettings


def fill_recent_menu(menu: QMenu, settings: AppSettings, open_file: Callable[[str], object]) -> None:
    """Numbered entries of the recent files (the whole path in the tooltip), then "Clear list"."""
    menu.clear()
    recent = settings.recent_files()
    for number, path in enumerate(recent, start=1):
        action = menu.addAction(f"&{number % 10} {Path(path).name}")
        action.setToolTip(path)
        action.setStatusTip(path)
        action.triggered.connect(lambda _checked=False, p=path: open_file(p))
    if not recent:
        menu.addAction(QCoreApplication.translate("MainWindow", "No recent files")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(QCoreApplication.translate("MainWindow", "Clear list"), settings.clear_recent_files)
