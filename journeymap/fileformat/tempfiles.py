"""Our temporary files beside a target: `.NAME.HOST-PID-RANDOM.tmp`, and removing the ones a crash left behind.

A save writes `.<name>.<host>-<pid>-<random>.tmp` (and `.<name>.bak.<…>.tmp` for the backup) in the target's
folder and renames it over the target. A crash between the two leaves the temporary file; the next save or
opening of that document removes it when it is clearly orphaned: written on this machine by a process that no
longer runs, or older than an hour (written elsewhere, or by an older journeymap, whose names were
`.<name>.<8 letters>.tmp`). Nothing else in the folder is ever touched.
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import time
from pathlib import Path

from journeymap.fileformat import process

NAME_LIMIT = 180  # of the target's name inside a temporary name (file names have at most 255 bytes)
ORPHAN_AGE = 3600.0  # seconds after which a temporary file of another machine (or unknown origin) is left over
CREATE_FLAGS = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
                | getattr(os, "O_BINARY", 0))


def _stem(name: str) -> str:
    return name[:NAME_LIMIT]


def temp_name(target_name: str) -> str:
    """A fresh temporary name for writing `target_name`."""
    return f".{_stem(target_name)}.{process.host_tag()}-{os.getpid()}-{secrets.token_hex(4)}.tmp"


def create(folder: Path, target_name: str) -> tuple[int, Path]:
    """Create a new temporary file (mode 0600, never following a link) for `target_name`; (descriptor, path)."""
    for _ in range(100):
        path = folder / temp_name(target_name)
        try:
            return os.open(path, CREATE_FLAGS, 0o600), path
        except FileExistsError:
            continue
    raise FileExistsError(17, "no free temporary file name", str(folder))


def _pattern(target_name: str) -> re.Pattern[str]:
    return re.compile(
        rf"\.{re.escape(_stem(target_name))}\.(?:bak\.)?"
        r"(?:(?P<host>[0-9a-f]{6})-(?P<pid>\d{1,10})-[0-9a-f]{8}|[a-z0-9_]{8})\.tmp")


def is_orphan(name: str, target_name: str, status: os.stat_result, now: float | None = None) -> bool:
    """Is `name` one of our temporary files for `target_name` that no running save can still need?"""
    match = _pattern(target_name).fullmatch(name)
    if match is None or not stat.S_ISREG(status.st_mode):
        return False
    age = (time.time() if now is None else now) - status.st_mtime
    if match.group("pid") and match.group("host") == process.host_tag():
        pid = int(match.group("pid"))
        return (pid != os.getpid() and not process.alive(pid)) or age > ORPHAN_AGE
    return age > ORPHAN_AGE


def remove_orphans(target: str | os.PathLike[str]) -> list[Path]:
    """Delete the orphaned temporary files of `target` in its folder; returns what was removed (errors ignored)."""
    target = Path(target)
    folder, name = target.parent, target.name
    removed: list[Path] = []
    try:
        candidates = [entry for entry in os.scandir(folder) if entry.name.startswith(f".{_stem(name)}.")
                      and entry.name.endswith(".tmp")]
    except OSError:
        return removed
    for entry in candidates:
        try:
            if is_orphan(entry.name, name, entry.stat(follow_symlinks=False)):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed
