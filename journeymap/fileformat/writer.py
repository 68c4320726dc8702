"""Write `.journey` files atomically, keeping one `.bak` of the previous version.

The new content goes to a temporary file in the target's folder, is flushed and fsynced, and then replaces the
target in one `os.replace`. A symlink is followed (the link stays, its target is replaced), the target's
permissions are kept, and on any failure the previous file is left exactly as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import tempfile
from pathlib import Path

from journeymap import __version__
from journeymap.fileformat.errors import SaveError
from journeymap.fileformat.migrations import CURRENT_SCHEMA
from journeymap.fileformat.reader import FORMAT_NAME
from journeymap.model.data import ProjectData


def dumps(data: ProjectData) -> bytes:
    """The bytes of a `.journey` file for a journey (UTF-8 JSON, stable key order, indented)."""
    document = {
        "format": FORMAT_NAME,
        "schema_version": CURRENT_SCHEMA,
        "app_version": __version__,
        **data.model_dump(mode="json"),
    }
    return (json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")


def save(data: ProjectData, path: str | os.PathLike, backup: bool = True) -> Path:
    """Save atomically to `path` (following symlinks); returns the file actually written."""
    return write_atomic(dumps(data), path, backup=backup)


def write_atomic(content: bytes, path: str | os.PathLike, backup: bool = True) -> Path:
    """Replace the file at `path` with `content` atomically; keep the old one as `<name>.bak` if asked."""
    target = Path(os.path.realpath(path))
    folder = target.parent
    if not folder.is_dir():
        raise SaveError("the folder does not exist", path)
    try:
        old_mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else None
    except OSError as exc:
        raise SaveError(_reason(exc), path) from None
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, old_mode if old_mode is not None else _default_mode())
        if backup and old_mode is not None:
            _backup(target)
        os.replace(tmp_name, target)
        tmp_name = None
        _sync_folder(folder)
    except OSError as exc:
        raise SaveError(_reason(exc), path) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    return target


def _backup(target: Path) -> None:
    """Copy the current file to `<name>.bak`, itself atomically, so a half backup never exists."""
    bak = target.with_name(target.name + ".bak")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{bak.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out, target.open("rb") as src:
            shutil.copyfileobj(src, out)
            out.flush()
            os.fsync(out.fileno())
        shutil.copymode(target, tmp_name)
        os.replace(tmp_name, bak)
    except BaseException:
        try:
            os.unlink(tmp_name)
        except OSError:
            pass
        raise


def _read_umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask


_UMASK = _read_umask()  # read once: changing the umask later would race with other threads


def _default_mode() -> int:
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


def _reason(exc: OSError) -> str:
    """The operating system's reason, in a sentence."""
    reason = exc.strerror or str(exc)
    return f"could not be saved ({reason})"
