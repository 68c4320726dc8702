"""Reading only regular files, without ever blocking: FIFOs, devices, sockets and folders are refused.

The file is looked at (`stat`) before it is opened, opened with `O_NONBLOCK` (a FIFO with no writer cannot hang
the open) and `O_NOCTTY`, and checked again with `fstat` on the open descriptor, so a path swapped in between is
caught too. `FileStamp` records what was read (size, modification time, SHA-256), for the check whether the file
changed on disk before a save.
"""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass

from journeymap.fileformat.errors import LoadError
from journeymap.fileformat.messages import OsReason, Term, term

READ_FLAGS = (os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
              | getattr(os, "O_BINARY", 0))
_CHUNK = 1 << 20


def kind_of(mode: int) -> Term:
    """What a non-regular file is, for a message: `a folder`, `a named pipe (FIFO)`, … (a word of `messages`)."""
    if stat.S_ISDIR(mode):
        return Term("folder")
    if stat.S_ISFIFO(mode):
        return Term("fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Term("device")
    if stat.S_ISSOCK(mode):
        return Term("socket")
    return Term("special")


def not_regular(mode: int, verb: str = "reads") -> str:
    """The one (English) sentence for a path that is not a regular file."""
    return f"is {term(kind_of(mode), 'en')}, not an ordinary file; journeymap only {verb} ordinary files"


def not_regular_error(mode: int, path: object) -> LoadError:
    """The `LoadError` for a path to read that is not a regular file."""
    return LoadError.coded("not_regular", path, kind=kind_of(mode))


@dataclass(frozen=True)
class FileStamp:
    """What a file held when it was read or written: size, modification time (ns) and SHA-256 of the bytes."""

    size: int
    mtime_ns: int
    digest: str

    @classmethod
    def of(cls, content: bytes, status: os.stat_result) -> FileStamp:
        return cls(len(content), status.st_mtime_ns, hashlib.sha256(content).hexdigest())


def read_regular(path: str | os.PathLike[str], limit: int) -> tuple[bytes, os.stat_result]:
    """At most `limit + 1` bytes of the regular file at `path` (so the caller can tell "too big"), and its status.

    Raises `LoadError` (with the path) for a missing, unreadable or non-regular file; never blocks.
    """
    if not os.fspath(path):
        raise LoadError.coded("no_file_name")
    try:
        before = os.stat(path)
        if not stat.S_ISREG(before.st_mode):
            raise not_regular_error(before.st_mode, path)
        fd = os.open(path, READ_FLAGS)
    except FileNotFoundError:
        raise LoadError.coded("no_such_file", path) from None
    except IsADirectoryError:
        raise not_regular_error(stat.S_IFDIR, path) from None
    except OSError as exc:
        raise LoadError.coded("cannot_read", path, os=OsReason(exc)) from None
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise not_regular_error(status.st_mode, path)
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks), status
    except OSError as exc:
        raise LoadError.coded("cannot_read", path, os=OsReason(exc)) from None
    finally:
        os.close(fd)


def stamp_of(path: str | os.PathLike[str], limit: int) -> FileStamp | None:
    """The stamp of the file now on disk; None when there is none (or it cannot be read as a regular file)."""
    try:
        content, status = read_regular(path, limit)
    except LoadError:
        return None
    return FileStamp.of(content, status)

