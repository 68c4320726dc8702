"""The one safe way journeymap writes a file: `.journey` saves, autosave copies and every export go through here.

- Only regular files are replaced: a folder, FIFO, device or socket (also behind a symlink) is refused in one
  sentence, and nothing is opened that could block.
- A symlink is followed: the link stays, the file it points to gets the new content.
- A file the user may not write is not replaced unless the caller says so (`replace_unwritable`, or
  `allow_replacing` after asking): the editor asks, the command line needs `--force`.
- Normally the new content goes to a temporary file beside the target (`tempfiles`), is fsynced and renamed
  over the target in one step; mode, owner, group and extended attributes (which hold ACLs) are copied first,
  where the system allows. When renaming would lose something — another hard link to the file, an owner or
  group this user cannot give, an attribute that cannot be copied — the file is written in place instead:
  its space is reserved first (`posix_fallocate`), so a full disk fails before a byte changes, and on a write
  error the old content is put back.
- `backup` keeps the previous content as `<name>.bak` (itself written atomically).
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import stat
import threading
from dataclasses import dataclass
from pathlib import Path

from journeymap.fileformat import tempfiles
from journeymap.fileformat.errors import SaveError
from journeymap.fileformat.messages import OsReason
from journeymap.fileformat.safe_io import READ_FLAGS, kind_of, not_regular

ROLLBACK_LIMIT = 64 * 1024 * 1024  # an in-place write keeps old content up to this size to put it back on failure
_WRITE_FLAGS = (os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
                | getattr(os, "O_BINARY", 0))
_consents: set[tuple[int, int]] = set()
_consent_lock = threading.Lock()


class NotWritableError(SaveError):
    """The target exists but this user may not write it; it is replaced only with the user's consent."""


@dataclass(frozen=True)
class Target:
    """Where a write would go: the real file (symlinks resolved), its status (None: new file), writability."""

    path: Path
    status: os.stat_result | None
    writable: bool

    @property
    def exists(self) -> bool:
        return self.status is not None


def inspect(path: str | os.PathLike[str]) -> Target:
    """Look at a target before writing; `SaveError` for no name, a missing folder or a non-regular file."""
    if not os.fspath(path):
        raise SaveError.coded("no_file_name")
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise SaveError.coded("folder_missing", path)
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return Target(target, None, True)
    except OSError as exc:
        raise save_error(exc, path) from None
    if not stat.S_ISREG(status.st_mode):
        raise SaveError.coded("not_regular_target", path, kind=kind_of(status.st_mode))
    return Target(target, status, os.access(target, os.W_OK))


def owner_name(status: os.stat_result) -> str | None:
    """The owner's user name when it is not the current user (None otherwise or where unknown)."""
    if not hasattr(os, "geteuid") or status.st_uid == os.geteuid():
        return None
    try:
        import pwd

        return pwd.getpwuid(status.st_uid).pw_name
    except (ImportError, KeyError):
        return str(status.st_uid)


def _not_writable(status: os.stat_result, path: object) -> NotWritableError:
    owner = owner_name(status)
    if owner:
        return NotWritableError.coded("write_protected_owner", path, owner=owner)
    return NotWritableError.coded("write_protected", path)


def allow_replacing(path: str | os.PathLike[str]) -> None:
    """Record the user's consent to replace the write-protected file at `path` (used once, by the next write)."""
    try:
        status = os.stat(path)
    except OSError:
        return
    with _consent_lock:
        _consents.add((status.st_dev, status.st_ino))


def _take_consent(status: os.stat_result) -> bool:
    with _consent_lock:
        key = (status.st_dev, status.st_ino)
        found = key in _consents
        _consents.discard(key)
        return found


def write_file(content: bytes, path: str | os.PathLike[str], *, backup: bool = False,
               replace_unwritable: bool = False) -> Path:
    """Write `content` to `path` safely (see the module); returns the file written. Raises `SaveError` (with the
    path) and leaves the old file as it was; `NotWritableError` for a write-protected file without consent."""
    target = inspect(path)
    status = target.status
    if status is not None and not target.writable and not (_take_consent(status) or replace_unwritable):
        raise _not_writable(status, path)
    tempfiles.remove_orphans(target.path)
    try:
        in_place = status is not None and target.writable and _needs_in_place(status)
        if status is None:
            _replace(content, target.path, status, backup, keep_all=False)  # a new file: nothing to keep
        elif in_place or not _replace(content, target.path, status, backup, keep_all=target.writable):
            _write_in_place(content, target.path, status, backup)
    except OSError as exc:
        raise save_error(exc, path) from None
    return target.path


def _needs_in_place(status: os.stat_result) -> bool:
    """Would a new file lose a hard link, the owner or the group?"""
    if status.st_nlink > 1:
        return True
    if not hasattr(os, "geteuid") or os.geteuid() == 0:
        return False
    return status.st_uid != os.geteuid() or status.st_gid not in (os.getegid(), *os.getgroups())


def _replace(content: bytes, target: Path, status: os.stat_result | None, backup: bool, keep_all: bool) -> bool:
    """Write a temporary file and rename it over `target`. False (nothing changed) when `keep_all` asks to keep
    every extended attribute and one cannot be copied: then the caller writes in place."""
    fd, created = tempfiles.create(target.parent, target.name)
    tmp: Path | None = created
    try:
        _write_all(fd, content)
        os.fsync(fd)
        if status is not None:
            _keep_owner(fd, status)
            if not _copy_xattrs(target, fd) and keep_all:
                return False
        _chmod(fd, created, stat.S_IMODE(status.st_mode) if status is not None else default_mode())
        os.close(fd)
        fd = -1
        if backup and status is not None:
            _backup(target)
        os.replace(created, target)
        tmp = None
        _sync_folder(target.parent)
        return True
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp is not None:
            _unlink_quietly(tmp)


def _write_in_place(content: bytes, target: Path, status: os.stat_result, backup: bool) -> None:
    """Overwrite the file itself (same inode: hard links, owner, attributes stay)."""
    if backup:
        _backup(target)
    fd = os.open(target, _WRITE_FLAGS)
    written = False
    old = None
    try:
        now = os.fstat(fd)
        if not stat.S_ISREG(now.st_mode) or (now.st_dev, now.st_ino) != (status.st_dev, status.st_ino):
            raise OSError(errno.EAGAIN, "the file was replaced while saving; please try again")
        if now.st_size <= ROLLBACK_LIMIT:
            old = _read_quietly(target)
        if len(content) > now.st_size and hasattr(os, "posix_fallocate"):
            try:
                os.posix_fallocate(fd, 0, len(content))
            except OSError as exc:
                if exc.errno not in (errno.EOPNOTSUPP, errno.EINVAL, errno.ENOSYS):
                    raise
        written = True
        _write_all(fd, content, at_start=True)
        os.ftruncate(fd, len(content))
        os.fsync(fd)
    except OSError:
        if written and old is not None:
            try:
                _write_all(fd, old, at_start=True)
                os.ftruncate(fd, len(old))
                os.fsync(fd)
            except OSError:
                pass
        raise
    finally:
        os.close(fd)


def _backup(target: Path) -> None:
    """Copy the current file to `<name>.bak`, itself atomically (a half backup never exists)."""
    bak = target.with_name(target.name + ".bak")
    fd, created = tempfiles.create(target.parent, bak.name)
    tmp: Path | None = created
    try:
        src = os.open(target, READ_FLAGS)
        try:
            status = os.fstat(src)
            if not stat.S_ISREG(status.st_mode):
                raise OSError(errno.EINVAL, not_regular(status.st_mode, "replaces"))
            with os.fdopen(src, "rb", closefd=False) as reader, os.fdopen(fd, "wb", closefd=False) as writer:
                shutil.copyfileobj(reader, writer)
        finally:
            os.close(src)
        os.fsync(fd)
        _chmod(fd, created, stat.S_IMODE(status.st_mode))
        os.close(fd)
        fd = -1
        os.replace(created, bak)
        tmp = None
    finally:
        if fd >= 0:
            os.close(fd)
        if tmp is not None:
            _unlink_quietly(tmp)


def _write_all(fd: int, content: bytes, at_start: bool = False) -> None:
    if at_start:
        os.lseek(fd, 0, os.SEEK_SET)
    view = memoryview(content)
    while view:
        view = view[os.write(fd, view):]


def _read_quietly(target: Path) -> bytes | None:
    """The current content, to put back if writing fails (None when it cannot be read)."""
    try:
        fd = os.open(target, READ_FLAGS)
    except OSError:
        return None
    try:
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read() if stat.S_ISREG(os.fstat(fd).st_mode) else None
    except OSError:
        return None
    finally:
        os.close(fd)


def _keep_owner(fd: int, status: os.stat_result) -> None:
    if hasattr(os, "fchown"):
        try:
            os.fchown(fd, status.st_uid, status.st_gid)
        except OSError:
            with contextlib.suppress(OSError):
                os.fchown(fd, -1, status.st_gid)


def _copy_xattrs(source: Path, fd: int) -> bool:
    """Copy extended attributes (ACLs live there); False when one could not be copied. SELinux labels and other
    `security.` attributes are set by the system for the new file and are left to it."""
    if not hasattr(os, "listxattr"):
        return True
    try:
        names = os.listxattr(source)
    except OSError:
        return True  # the file system has none
    complete = True
    for name in names:
        if name.startswith("security."):
            continue
        try:
            os.setxattr(fd, name, os.getxattr(source, name))
        except OSError:
            complete = False
    return complete


def _chmod(fd: int, path: Path, mode: int) -> None:
    if hasattr(os, "fchmod") and os.name == "posix":
        os.fchmod(fd, mode)
    else:
        os.chmod(path, mode)


def _unlink_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.unlink(path)


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


_UMASK = _read_umask()  # read once: changing the umask later would race with other threads


def default_mode() -> int:
    """Permissions of a new file: 0666 minus the umask, like any ordinary file."""
    return 0o666 & ~_UMASK


def _sync_folder(folder: Path) -> None:
    """Make the rename durable where the platform allows syncing a directory."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def save_error(exc: OSError, path: object) -> SaveError:
    """The `SaveError` for an operating system's error while writing `path`."""
    return SaveError.coded("cannot_save", path, os=OsReason(exc))
