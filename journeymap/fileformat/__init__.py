"""The `.journey` file: versioned JSON envelope, migrations, limits, atomic save with one backup."""

from journeymap.fileformat.errors import JourneyFileError, LoadError, SaveError
from journeymap.fileformat.migrations import CURRENT_SCHEMA
from journeymap.fileformat.reader import load, loads
from journeymap.fileformat.writer import dumps, save, write_atomic

__all__ = [
    "CURRENT_SCHEMA",
    "JourneyFileError",
    "LoadError",
    "SaveError",
    "dumps",
    "load",
    "loads",
    "save",
    "write_atomic",
]
