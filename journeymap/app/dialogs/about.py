"""Help ▸ About: what journeymap is, its version and licence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget


def about_text() -> str:
    from journeymap import __version__  # looked up on first use (importlib.metadata is slow to import)

    what = QCoreApplication.translate(
        "About", "Map customer journeys along the AIDA(LA) phases: touchpoints from a catalogue, links, "
        "emotions, KPIs, findings and a PDF blueprint for management. Works offline.")
    licence = QCoreApplication.translate("About", "Licence: GPL 3.0 or later. Built with Qt %1 (LGPL).")
    return f"<h3>journeymap {__version__}</h3><p>{what}</p><p>{licence.replace('%1', qVersion())}</p>"


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, QCoreApplication.translate("About", "About journeymap"), about_text())
