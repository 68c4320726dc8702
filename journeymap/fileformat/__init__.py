"""The `.journey` file: versioned JSON envelope, migrations, limits, safe reading and writing, locks."""

from journeymap.fileformat.errors import JourneyFileError, LoadError, SaveError
from journeymap.fileformat.lock import DocumentLock, LockedError, LockOwner
from journeymap.fileformat.migrations import CURRENT_SCHEMA
from journeymap.fileformat.output import NotWritableError, allow_replacing, inspect, write_file
from journeymap.fileformat.reader import load, load_with_stamp, loads
from journeymap.fileformat.safe_io import FileStamp, read_regular, stamp_of
from journeymap.fileformat.tempfiles import remove_orphans
from journeymap.fileformat.writer import dumps, save, write_atomic

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
