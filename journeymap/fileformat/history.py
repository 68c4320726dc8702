"""The versions of journeys this computer has seen, kept by content hash so that Merge from… can find the common
ancestor of two files (`model.lineage.common_ancestor` names it, this finds its content).

The editor remembers every version it opens or saves: `<folder>/<journey id>/<content hash>.journey`, at most
`KEEP` per journey (the least recently seen go first). Only journeys with an id are kept. Reading a version back
goes through the normal reader, so a damaged or foreign file there is simply not found.
"""

from __future__ import annotations

import contextlib
import os
import re
from pathlib import Path

from journeymap.fileformat.errors import JourneyFileError
from journeymap.fileformat.output import write_file
from journeymap.fileformat.reader import load
from journeymap.fileformat.writer import dumps
from journeymap.model.data import ProjectData
from journeymap.model.limits import ID_PATTERN
from journeymap.model.lineage import content_hash

KEEP = 50


class History:
    """Versions by journey and content hash in `folder` (see the module)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def remember(self, data: ProjectData, version: str | None = None) -> None:
        """Keep `data` (whose content hash is `version`, computed when not given); quietly does nothing when the
        folder cannot be written: the history only helps, it is never needed."""
        journey = data.lineage.journey
        if journey is None or not _safe(journey):
            return
        version = version or content_hash(data)
        place = self.folder / journey
        path = place / f"{version}.journey"
        try:
            if path.is_file():
                os.utime(path)  # seen again: kept longer
                return
            place.mkdir(parents=True, exist_ok=True)
            write_file(dumps(data), path, backup=False)
        except (OSError, JourneyFileError):
            return
        self._prune(place)

    def find(self, journey: str | None, version: str) -> ProjectData | None:
        """The version `version` of `journey`, if this computer has seen it."""
        if journey is None or not _safe(journey) or not _safe(version):
            return None
        path = self.folder / journey / f"{version}.journey"
        if not path.is_file():
            return None
        try:
            data = load(path)
        except JourneyFileError:
            return None
        return data if content_hash(data) == version else None

    def _prune(self, place: Path) -> None:
        try:
            kept = sorted(place.glob("*.journey"), key=lambda p: p.stat().st_mtime, reverse=True)
        except OSError:
            return
        for old in kept[KEEP:]:
            with contextlib.suppress(OSError):
                old.unlink()


def _safe(name: str) -> bool:
    """An id or hash fit to be a file name (no separators, no dots only)."""
    return bool(re.fullmatch(ID_PATTERN, name)) and name.strip(".") != "" and "/" not in name
