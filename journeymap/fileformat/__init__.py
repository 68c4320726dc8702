"""The `.journey` file: versioned JSON envelope, migrations, limits, safe reading and writing, locks.

The names below are imported from their modules on first use: reading a journey (`journeymap check`) does not
load the writing, lock and process-identity code (`hashlib`, `socket`, `secrets`, `importlib.metadata`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journeymap.lazy import lazy_names

if TYPE_CHECKING:
    from journeymap.fileformat.errors import JourneyFileError, LoadError, SaveError
    from journeymap.fileformat.lock import DocumentLock, LockedError, LockOwner
    from journeymap.fileformat.migrations import CURRENT_SCHEMA
    from journeymap.fileformat.output import NotWritableError, allow_replacing, inspect, write_file
    from journeymap.fileformat.reader import load, load_with_stamp, loads
    from journeymap.fileformat.safe_io import FileStamp, read_regular, stamp_of
    from journeymap.fileformat.tempfiles import remove_orphans
    from journeymap.fileformat.writer import dumps, save, write_atomic

_MODULE_OF = {
    "JourneyFileError": "errors", "LoadError": "errors", "SaveError": "errors",
    "DocumentLock": "lock", "LockedError": "lock", "LockOwner": "lock",
    "CURRENT_SCHEMA": "migrations",
    "NotWritableError": "output", "allow_replacing": "output", "inspect": "output", "write_file": "output",
    "load": "reader", "load_with_stamp": "reader", "loads": "reader",
    "FileStamp": "safe_io", "read_regular": "safe_io", "stamp_of": "safe_io",
    "remove_orphans": "tempfiles",
    "dumps": "writer", "save": "writer", "write_atomic": "writer",
}


__getattr__ = lazy_names(__name__, _MODULE_OF)


__all__ = [
    "CURRENT_SCHEMA",
    "DocumentLock",
    "FileStamp",
    "JourneyFileError",
    "LoadError",
    "LockOwner",
    "LockedError",
    "NotWritableError",
    "SaveError",
    "allow_replacing",
    "dumps",
    "inspect",
    "load",
    "load_with_stamp",
    "loads",
    "read_regular",
    "remove_orphans",
    "save",
    "stamp_of",
    "write_atomic",
    "write_file",
]
