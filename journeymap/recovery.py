"""Autosave slots and crash recovery, kept in the application data folder (never beside the user's file).

Each editor session owns a slot: `<id>.journey` (the autosaved journey), `<id>.json` (where it came from and
when) and `<id>.lock` (a QLockFile held while the session runs). A slot whose lock can be taken belongs to a
session that ended without a clean close: that is what the next start offers to restore.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QStandardPaths

from journeymap.fileformat import LoadError, SaveError, dumps, load, read_regular, write_atomic
from journeymap.fileformat.messages import OsReason
from journeymap.model import ProjectData


def default_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    return Path(base or Path.home() / ".journeymap") / "autosave"


@dataclass(frozen=True)
class Orphan:
    """An autosave left behind by a session that did not close cleanly."""

    slot_id: str
    journey: Path
    original_path: str | None
    title: str
    saved_at: float
    original_digest: str | None = None  # SHA-256 of the original file as the session had read or saved it

    def load(self) -> ProjectData:
        return load(self.journey)


class AutosaveSlot:
    """The autosave place of one running editor session."""

    def __init__(self, folder: Path, slot_id: str | None = None) -> None:
        self.folder = folder
        self.slot_id = slot_id or uuid.uuid4().hex[:16]
        self.journey = folder / f"{self.slot_id}.journey"
        self.sidecar = folder / f"{self.slot_id}.json"
        self._lock = QLockFile(str(folder / f"{self.slot_id}.lock"))
        self._lock.setStaleLockTime(0)

    def write(self, data: ProjectData, original_path: str | None, original_digest: str | None = None) -> None:
        """Save an autosave copy now (atomically); raises `SaveError` when the folder is not writable.
        `original_digest` lets a restored session tell whether the original changed on disk meanwhile."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise SaveError.coded("autosave_folder", self.folder, os=OsReason(exc)) from None
        if not self._lock.isLocked():
            self._lock.tryLock(0)
        write_atomic(dumps(data), self.journey, backup=False)
        info = {"original_path": original_path, "original_digest": original_digest, "title": data.meta.title,
                "saved_at": time.time()}
        write_atomic(json.dumps(info, ensure_ascii=False).encode("utf-8"), self.sidecar, backup=False)

    def remove(self) -> None:
        """Delete the slot: after a clean save or close, or when the user discards a recovery."""
        for path in (self.journey, self.sidecar):
            path.unlink(missing_ok=True)
        if self._lock.isLocked():
            self._lock.unlock()


def find_orphans(folder: Path | None = None) -> list[Orphan]:
    """Autosaves of sessions that are no longer running, newest first."""
    folder = folder or default_folder()
    orphans = []
    for sidecar in folder.glob("*.json") if folder.is_dir() else ():
        slot_id = sidecar.stem
        journey = folder / f"{slot_id}.journey"
        lock = QLockFile(str(folder / f"{slot_id}.lock"))
        if not lock.tryLock(0):  # a running session holds it
            continue
        lock.unlock()
        try:
            info = json.loads(read_regular(sidecar, 64 * 1024)[0])
        except (LoadError, ValueError, RecursionError):
            info = {}
        if not isinstance(info, dict):
            info = {}
        if not journey.exists():
            sidecar.unlink(missing_ok=True)
            continue
        orphans.append(
            Orphan(
                slot_id=slot_id,
                journey=journey,
                original_path=info.get("original_path") if isinstance(info.get("original_path"), str) else None,
                title=str(info.get("title") or ""),
                saved_at=_number(info.get("saved_at")) or journey.stat().st_mtime,
                original_digest=info.get("original_digest") if isinstance(info.get("original_digest"), str) else None,
            )
        )
    return sorted(orphans, key=lambda o: o.saved_at, reverse=True)


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def discard(orphan: Orphan) -> None:
    AutosaveSlot(orphan.journey.parent, orphan.slot_id).remove()


def adopt(orphan: Orphan, folder: Path | None = None) -> tuple[ProjectData, AutosaveSlot]:
    """Take over an orphan's slot for a restored session (raises `LoadError` if it is broken)."""
    data = orphan.load()
    slot = AutosaveSlot(folder or orphan.journey.parent, orphan.slot_id)
    slot._lock.tryLock(0)
    return data, slot
