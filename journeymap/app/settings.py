"""Per-user settings in QSettings: window layout, recent files and the UI language (never in a document)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10
LANGUAGES = ("system", "de", "en")


class AppSettings:
    """A thin, typed wrapper over `QSettings` (the default one, or any given one for tests)."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    # ---------------------------------------------------------------- language
    def language(self) -> str:
        """`system`, `de` or `en`."""
        value = str(self.store.value("ui/language", "system") or "system")
        return value if value in LANGUAGES else "system"

    def set_language(self, value: str) -> None:
        self.store.setValue("ui/language", value if value in LANGUAGES else "system")

    # ---------------------------------------------------------------- recent files
    def recent_files(self) -> list[str]:
        """Recently used files, newest first; files that no longer exist are dropped."""
        paths = [p for p in self._stored_recent() if isinstance(p, str) and p]
        kept = [p for p in dict.fromkeys(paths) if Path(p).is_file()][:MAX_RECENT]
        if kept != paths:
            self._store_recent(kept)
        return kept

    def add_recent_file(self, path: str | Path) -> None:
        path = str(Path(path).resolve())
        current = [str(p) for p in self._stored_recent()]
        self._store_recent([path, *(p for p in current if p != path)][:MAX_RECENT])

    def clear_recent_files(self) -> None:
        self._store_recent([])

    def _stored_recent(self) -> list[object]:
        raw = self.store.value("files/recent", [])
        if isinstance(raw, str):  # QSettings gives a plain string for a one-item list in INI files
            return [raw]
        return list(raw) if isinstance(raw, (list, tuple)) else []

    def _store_recent(self, paths: list[str]) -> None:
        self.store.setValue("files/recent", paths)

    # ---------------------------------------------------------------- folders
    def last_folder(self) -> str:
        return str(self.store.value("files/last_folder", "") or "")

    def set_last_folder(self, folder: str | Path) -> None:
        self.store.setValue("files/last_folder", str(folder))

    # ---------------------------------------------------------------- window layout
    def window_geometry(self) -> QByteArray | None:
        value = self.store.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        value = self.store.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def sync(self) -> None:
        self.store.sync()
