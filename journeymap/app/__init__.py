"""The editor application: main window, docks, dialogs, settings and translations (PySide6)."""
