"""Exit codes and the errors a command reports as one line `error: PATH: reason` (the command-line contract)."""

from __future__ import annotations

import os

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def shown_path(path: object) -> str:
    """A path for an error line: `""` for an empty one."""
    text = os.fspath(path) if isinstance(path, (str, os.PathLike)) else str(path)
    return text if text else '""'


class CliError(Exception):
    """A failure to report as one line `error: PATH: reason` with exit code 1."""

    exit_code = EXIT_INVALID

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{shown_path(path)}: {reason}" if path is not None else reason)


class UsageError(CliError):
    """Wrong usage reported as `error: PATH: reason` with exit code 2 (e.g. an output suffix that does not fit)."""

    exit_code = EXIT_USAGE
