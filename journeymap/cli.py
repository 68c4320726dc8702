"""The `journeymap` command line. Qt-free: every command except opening the editor runs without a display.

Exit codes (contract): 0 success; 1 the input is invalid or unreadable (one line `error: PATH: reason` on
stderr, no traceback, nothing half-written left behind); 2 wrong usage.

Nothing raw reaches the terminal: while a command runs, stdout and stderr escape control characters (ESC as
`\\u001b`: valid inside JSON strings too), and an error line escapes line breaks as well. Every command
that writes a file uses `prepare_output`: the suffix must fit, an existing file is replaced only with `--force`
(also a write-protected one), and anything but an ordinary file is refused.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
# The command names, known without importing the command groups: `journeymap [FILE]` opens the editor straight away
# (the groups pull in analysis, PDF and import code the editor's start does not need). A test keeps this in step.
COMMANDS = frozenset({"new", "check", "export", "import", "catalogue", "recommend"})


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


class _Escaping(io.TextIOBase):
    """A text stream that writes control characters escaped (see the module)."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        from journeymap.model.hygiene import escape_for_terminal  # noqa: PLC0415

        self.stream.write(escape_for_terminal(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.stream, "encoding", "utf-8")


def prepare_output(out: str | os.PathLike, force: bool, suffixes: Sequence[str] | None = None,
                   what: str = "") -> Path:
    """Check an output path before a command writes it (see the module); returns it as a `Path`.

    `UsageError` for a suffix not in `suffixes`; `CliError` for an existing file without `force`, a folder,
    FIFO or device, or a missing folder. With `force` a write-protected file may be replaced."""
    from journeymap.fileformat import JourneyFileError, allow_replacing, inspect  # noqa: PLC0415

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


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # usage errors: exit 2 with a short hint, as argparse does
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"error: {message}\n")


# Each command group exposes `register(subparsers)`; a parsed command runs as `args.run(args) -> int`.
def _command_groups() -> list[Callable[[argparse._SubParsersAction], None]]:
    from journeymap import journey_commands
    from journeymap.catalogue import commands as catalogue_commands
    from journeymap.export import commands as export_commands
    from journeymap.interchange import commands as interchange_commands

    return [journey_commands.register, catalogue_commands.register, interchange_commands.register,
            export_commands.register]


def build_parser() -> argparse.ArgumentParser:
    from journeymap import __version__

    parser = _Parser(
        prog="journeymap",
        description="Map customer journeys along the AIDA(LA) phases. Without a command, opens the editor.",
    )
    parser.add_argument("--version", action="version", version=f"journeymap {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)
    for register in _command_groups():
        register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
        return _open_editor(argv)
    stdout, stderr = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Escaping(stdout), _Escaping(stderr)
    try:
        return _run(argv)
    finally:
        sys.stdout, sys.stderr = stdout, stderr


def _run(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not hasattr(args, "run"):
            parser.print_help()
            return EXIT_USAGE
        return args.run(args)
    except CliError as exc:
        _error(str(exc))
        return exc.exit_code
    except KeyboardInterrupt:
        _error("interrupted")
        return EXIT_INVALID
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # last line of defence: never show a traceback to the user
        _error(f"unexpected problem ({type(exc).__name__}: {exc})")
        return EXIT_INVALID


def _error(message: str) -> None:
    """One line on stderr, whatever the message holds (a file name may contain a line break)."""
    from journeymap.model.hygiene import escape_for_terminal  # noqa: PLC0415

    print("error: " + escape_for_terminal(message, keep_newlines=False), file=sys.stderr)


def _open_editor(argv: list[str]) -> int:
    """`journeymap [FILE]`: start the editor when it is installed, else say what is available."""
    if len(argv) > 1:
        print("error: give at most one file to open", file=sys.stderr)
        return EXIT_USAGE
    try:
        from journeymap.app.main import run_editor  # noqa: PLC0415 (Qt only when the editor opens)
    except ImportError:
        build_parser().print_help()
        print("\nThe editor is not part of this build yet; the commands above work without it.")
        return EXIT_OK
    return run_editor(argv[0] if argv else None)
