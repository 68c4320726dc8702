"""pyphen's patterns kept parsed between runs. Parsing the German dictionary takes about a third of a second at
every start (editor, PDF export); reading the parsed patterns back with `marshal` takes a few milliseconds.

The cache lives in the user's cache folder (`$JOURNEYMAP_CACHE`, else `~/.cache/journeymap`, `%LOCALAPPDATA%` on
Windows, `~/Library/Caches` on macOS), one file per dictionary named after pyphen's version and the dictionary
file's size and time, so an update never reads an old one. `marshal` holds only plain data here and runs no code;
anything unreadable or of the wrong shape is ignored and the dictionary parsed as before. Writing is best effort
(atomic, never an error for the user).
"""

from __future__ import annotations

import marshal
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import pyphen


def cache_folder() -> Path | None:
    """Where parsed dictionaries are kept, or None when there is no such folder."""
    if folder := os.environ.get("JOURNEYMAP_CACHE"):
        return Path(folder)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA")
        return Path(base) / "journeymap" / "cache" if base else None
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "journeymap"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "journeymap"


def dictionary(code: str) -> pyphen.Pyphen:
    """pyphen's dictionary for `code` (e.g. "de_DE"), its patterns read from the cache when they are there."""
    try:
        path = Path(pyphen.LANGUAGES[code])
        if path not in pyphen.hdcache:
            pyphen.hdcache[path] = _read(path) or _parse_and_keep(path)
    except (AttributeError, KeyError, OSError):  # another pyphen, or no such file: pyphen decides
        pass
    return pyphen.Pyphen(lang=code)


def _cache_file(path: Path) -> Path | None:
    folder = cache_folder()
    if folder is None:
        return None
    stat = path.stat()
    return folder / f"{path.stem}-{pyphen.VERSION}-{stat.st_size}-{stat.st_mtime_ns}.marshal"


def _read(path: Path) -> pyphen.HyphDict | None:
    cached = _cache_file(path)
    try:
        if cached is None or not cached.is_file():
            return None
        patterns, maxlen = marshal.loads(cached.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(patterns, dict) or not isinstance(maxlen, int):
        return None
    hd = pyphen.HyphDict.__new__(pyphen.HyphDict)  # the parsed state, without parsing
    hd.patterns, hd.cache, hd.maxlen = patterns, {}, maxlen
    return hd


def _parse_and_keep(path: Path) -> pyphen.HyphDict:
    hd = pyphen.HyphDict(path)
    cached = _cache_file(path)
    if cached is not None:
        _write(cached, (hd.patterns, hd.maxlen))
    return hd


def _write(cached: Path, value: Any) -> None:
    try:
        data = marshal.dumps(value)
    except ValueError:  # patterns with alternatives are objects marshal cannot hold: parse them every time
        return
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        for old in cached.parent.glob(cached.name.split("-", 1)[0] + "-*.marshal"):
            old.unlink(missing_ok=True)  # an older pyphen's or dictionary's
        fd, tmp = tempfile.mkstemp(dir=cached.parent, prefix=".hyph-", suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, cached)
    except OSError:
        pass
