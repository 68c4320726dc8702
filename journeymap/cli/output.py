"""`prepare_output`: the one overwrite rule of every command that writes a file."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from journeymap.cli.errors import CliError, UsageError


def prepare_output(out: str | os.PathLike[str], force: bool, suffixes: Sequence[str] | None = None,
                   what: str = "") -> Path:
    """Check an output path before a command writes it; returns it as a `Path`.

    The suffix must be one of `suffixes`, an existing file is replaced only with `force` (also a write-protected
    one), and anything but an ordinary file is refused. `UsageError` for a suffix not in `suffixes`; `CliError`
    for an existing file without `force`, a folder, FIFO or device, or a missing folder."""
    from journeymap.fileformat import JourneyFileError, allow_replacing, inspect

    out = Path(out)
    if not os.fspath(out):
        raise UsageError("", "no output file name was given")
    if suffixes is not None and out.suffix.lower() not in suffixes:
        names = " or ".join(suffixes)
        given = repr(out.suffix) if out.suffix else "a name without suffix"
        raise UsageError(out, f"{what or 'the output'} must be a {names} file, not {given}")
    try:
        target = inspect(out)
    except JourneyFileError as exc:
        raise CliError(out, exc.reason) from None
    if target.exists:
        if not force:
            raise CliError(out, "already exists (use --force to overwrite it)")
        if not target.writable:
            allow_replacing(out)
    return out
