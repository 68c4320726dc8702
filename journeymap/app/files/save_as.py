"""Where Save As starts and which name it proposes: the current file's folder, else the user's documents folder,
never a folder of the application itself; the name from the journey's title, safe on every system."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from journeymap.locate import resources_dir

_UNSAFE = set('<>:"/\\|?*')  # not allowed in file names on Windows ("/" nowhere)
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(title: str, limit: int = 80) -> str:
    """A file name (no suffix; "" for no title) that works on Windows, macOS and Linux: characters some system
    forbids become spaces, spaces are collapsed, no dot or space ends it, and Windows' device names get a `_`."""
    cleaned = "".join(" " if c in _UNSAFE or ord(c) < 32 or ord(c) == 127 else c for c in title)
    name = " ".join(cleaned.split())[:limit].rstrip(" .")
    return f"{name}_" if name.split(".")[0].upper() in _RESERVED else name


def app_folders() -> list[Path]:
    """The application's own folders: bundled resources, the package, and a built app's install folder."""
    folders = [resources_dir().resolve(), Path(__file__).resolve().parent.parent]
    if getattr(sys, "frozen", False):
        folders.append(Path(sys.executable).resolve().parent)
    return folders


def documents_folder() -> Path:
    """The user's documents folder (QStandardPaths.DocumentsLocation), else the home folder."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def save_as_folder(current: Path | None) -> Path:
    """The current file's folder, unless it is none or one of the application's own (a bundled sample opened
    directly lives there): then the user's documents folder."""
    if current is not None:
        folder = Path(current).resolve().parent
        inside_app = any(folder == app or app in folder.parents for app in app_folders())
        if folder.is_dir() and not inside_app:
            return folder
    return documents_folder()


def proposed_name(title: str, current: Path | None, fallback: str) -> str:
    """The proposed file name with suffix: from the title, else the current file's name, else `fallback`."""
    return (safe_file_name(title) or (current.stem if current else "") or fallback) + ".journey"
