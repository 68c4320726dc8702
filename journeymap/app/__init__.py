"""The editor application: main window, docks, dialogs, settings and translations (PySide6)."""

from journeymap.app import source_scan

source_scan.quicken()  # before the editor's modules are imported (≈ 20 ms of the start)
