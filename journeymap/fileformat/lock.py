"""One file, one editor: a lock file beside an open document, in LibreOffice's convention.

The lock of `folder/map.journey` is `folder/.~lock.map.journey#`, one line of five comma-separated fields ending
in `;` (a `,`, `;` or `\\` inside a field is escaped with `\\`)::

    Full Name,login,host,dd.mm.yyyy hh:mm,journeymap:pid=1234&since=1733327642&id=3f9a1c2b;

— the user's full name, login name, machine, local time of opening, and in the fifth field (LibreOffice keeps the
user's profile URL there) what journeymap needs: the process id, the time as seconds since the epoch, and a
random id that tells this lock from a later one of the same process.

A lock is *stale* when it was written on this machine by a process that no longer runs (or whose id has been
reused by a process that started later), or when it cannot be read as a lock at all. A stale lock is taken over
silently; a live one is reported (`LockedError`), and the editor offers to open read-only, open a copy, or open
anyway (`acquire(..., take_over=True)`). A folder where no lock can be written (read-only, full) leaves the
document unlocked. Releasing removes the lock only while it is still ours.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from journeymap.fileformat import process, tempfiles
from journeymap.fileformat.errors import JourneyFileError, LoadError
from journeymap.fileformat.messages import Term, Words
from journeymap.fileformat.output import default_mode
from journeymap.fileformat.safe_io import read_regular

APP_FIELD = "journeymap:"
_LIMIT = 4096
_held: dict[str, str] = {}  # lock path -> id of the lock this process holds there
_held_lock = threading.Lock()


class LockedError(JourneyFileError):
    """The document is open in another editor; `owner` says who, where and since when."""

    def __init__(self, owner: LockOwner, path: object = None) -> None:
        super().__init__(f"is open in another editor ({owner.summary()})", path, code="locked",
                         params={"owner": owner.words()})
        self.owner = owner


@dataclass(frozen=True)
class LockOwner:
    """Who holds a lock, as written in the lock file."""

    name: str = ""
    user: str = ""
    host: str = ""
    opened: str = ""  # local time as written, `dd.mm.yyyy hh:mm`
    pid: int | None = None
    since: float | None = None  # seconds since the epoch (journeymap's own locks only)
    lock_id: str = ""

    def who(self) -> str:
        """`Eva Muster (eva)`, `eva` or an empty string."""
        if self.name and self.user and self.name != self.user:
            return f"{self.name} ({self.user})"
        return self.name or self.user

    def summary(self) -> str:
        """One line for messages: `eva on laptop-3 since 04.12.2025 17:14`."""
        parts = [self.who() or "someone"]
        if self.host:
            parts.append(f"on {self.host}")
        if self.opened:
            parts.append(f"since {self.opened}")
        return " ".join(parts)

    def words(self) -> Words:
        """`summary` in any language (a parameter of `messages`)."""
        parts: list[object] = [self.who() or Term("someone")]
        if self.host:
            parts.append(Term("on_host", host=self.host))
        if self.opened:
            parts.append(Term("since", opened=self.opened))
        return Words(parts)

    def is_here(self) -> bool:
        return bool(self.host) and self.host.casefold() == process.host_name().casefold()


def lock_path(document: str | os.PathLike[str]) -> Path:
    """`folder/.~lock.NAME#` for `folder/NAME` (symlinks resolved: the lock sits beside the real file)."""
    real = Path(os.path.realpath(document))
    return real.with_name(f".~lock.{real.name}#")


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", " ")


def _fields(text: str) -> list[str] | None:
    """The fields of the first entry, or None when `text` is no lock entry."""
    fields, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ",":
            fields.append("".join(current))
            current = []
        elif char == ";":
            fields.append("".join(current))
            return fields if len(fields) >= 5 else None
        else:
            current.append(char)
    return None


def parse(text: str) -> LockOwner | None:
    """The owner a lock file's text names; None when it is not a lock entry."""
    fields = _fields(text)
    if fields is None:
        return None
    name, user, host, opened, app = (field.strip() for field in fields[:5])
    values: dict[str, str] = {}
    if app.startswith(APP_FIELD):
        for pair in app[len(APP_FIELD):].split("&"):
            key, _, value = pair.partition("=")
            values[key] = value
    pid = int(values["pid"]) if values.get("pid", "").isdigit() and len(values["pid"]) < 10 else None
    try:
        since = float(values["since"]) if "since" in values else None
    except ValueError:
        since = None
    return LockOwner(name, user, host, opened, pid, since, values.get("id", ""))


def render(owner: LockOwner) -> str:
    """The lock file's text for `owner`."""
    app = f"{APP_FIELD}pid={owner.pid}&since={int(owner.since or 0)}&id={owner.lock_id}"
    return ",".join(_escape(f) for f in (owner.name, owner.user, owner.host, owner.opened, app)) + ";"


def read_owner(path: Path) -> LockOwner | None:
    """The owner named by the lock file at `path`: None when there is none; an empty `LockOwner` when it exists
    but is no lock entry (or no regular file: it is never opened in a way that could block)."""
    try:
        raw, _ = read_regular(path, _LIMIT)
    except LoadError:
        return None if not os.path.lexists(path) else LockOwner()
    return parse(raw[:_LIMIT].decode("utf-8", "replace")) or LockOwner()


def is_stale(owner: LockOwner, path: Path) -> bool:
    """Does nobody hold this lock any more? (See the module.)"""
    if not owner.host and not owner.user:
        return True  # not a lock entry at all
    if not owner.is_here() or owner.pid is None:
        return False  # another machine, or a lock without a process id: only the user can tell
    if owner.pid == os.getpid():
        with _held_lock:
            return _held.get(str(path)) != owner.lock_id
    return not process.alive_since(owner.pid, owner.since)


def holder(document: str | os.PathLike[str]) -> LockOwner | None:
    """Who else has `document` open now (None: nobody, or only a stale lock)."""
    path = lock_path(document)
    owner = read_owner(path)
    return None if owner is None or is_stale(owner, path) else owner


class DocumentLock:
    """The lock this process holds on one document."""

    def __init__(self, path: Path, owner: LockOwner) -> None:
        self.path = path
        self.owner = owner

    @classmethod
    def acquire(cls, document: str | os.PathLike[str], take_over: bool = False) -> DocumentLock | None:
        """Lock `document`; `LockedError` when another editor holds it (unless `take_over`); None when no lock
        can be written there (the document then stays unlocked)."""
        path = lock_path(document)
        me = _me()
        try:
            fd = os.open(path, tempfiles.CREATE_FLAGS, 0o644)
        except FileExistsError:
            owner = read_owner(path)
            if owner is not None and not is_stale(owner, path) and not take_over:
                raise LockedError(owner, document) from None
            return cls._held(path, me) if _replace(path, me) else None
        except OSError:
            return None
        try:
            os.write(fd, render(me).encode("utf-8"))
        except OSError:
            _unlink(path)
            return None
        finally:
            os.close(fd)
        return cls._held(path, me)

    @classmethod
    def _held(cls, path: Path, me: LockOwner) -> DocumentLock:
        with _held_lock:
            _held[str(path)] = me.lock_id
        return cls(path, me)

    def still_ours(self) -> bool:
        owner = read_owner(self.path)
        return owner is not None and owner.lock_id == self.owner.lock_id and owner.pid == self.owner.pid

    def release(self) -> None:
        """Remove the lock file if it is still ours (another editor may have taken it over)."""
        with _held_lock:
            if _held.get(str(self.path)) == self.owner.lock_id:
                del _held[str(self.path)]
        if self.still_ours():
            _unlink(self.path)


def _me() -> LockOwner:
    now = time.time()
    return LockOwner(process.full_name(), process.user_name(), process.host_name(),
                     time.strftime("%d.%m.%Y %H:%M", time.localtime(now)), os.getpid(), now, secrets.token_hex(4))


def _replace(path: Path, me: LockOwner) -> bool:
    """Write our lock over a stale (or taken over) one, atomically; False when the folder refuses."""
    try:
        status = os.lstat(path)
        if stat.S_ISDIR(status.st_mode):
            return False
        fd, tmp = tempfiles.create(path.parent, path.name)
    except OSError:
        return False
    try:
        os.write(fd, render(me).encode("utf-8"))
        if os.name == "posix":
            os.fchmod(fd, 0o644 & default_mode())  # others on a shared folder must read who holds it
        os.close(fd)
        fd = -1
        os.replace(tmp, path)
        return True
    except OSError:
        _unlink(tmp)
        return False
    finally:
        if fd >= 0:
            os.close(fd)


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)
