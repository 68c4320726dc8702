"""The `journeymap` command line: `main` and the parser. Qt-free: every command except opening the editor runs
without a display, and only `export -o OUT.png|OUT.svg` loads Qt (the canvas draws the picture offscreen). One
module per group of commands (`journey`: new, check; `catalogue`: catalogue, recommend; `importing`: import;
`export`: export; `kit`: cards, poster; `compare`: diff, merge), the errors and exit codes
(`errors`), `prepare_output` (`output`) and the texts printed on success (`texts`). Nothing in the core imports
this package.

Exit codes (contract): 0 success; 1 the input is invalid or unreadable (one line `error: PATH: reason` on
stderr, no traceback, nothing half-written left behind); 2 wrong usage; 3 `merge` finished with conflicts.

Nothing raw reaches the terminal: while a command runs, stdout and stderr escape control characters (ESC as
`\\u001b`: valid inside JSON strings too), and an error line escapes line breaks as well. Every command
that writes a file uses `prepare_output`: the suffix must fit, an existing file is replaced only with `--force`
(also a write-protected one), and anything but an ordinary file is refused.
"""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from journeymap.cli.errors import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliError, UsageError, shown_path
from journeymap.cli.output import prepare_output
from journeymap.cli.parser import Parser, Subcommands

# Each command and the module of its group (`register(subparsers)` adds the group's commands; a parsed command runs
# as `args.run(args) -> int`), in the order `--help` lists them. Known without importing the groups: `journeymap
# [FILE]` opens the editor straight away, and a command imports its own group only (the groups pull in analysis, PDF,
# catalogue and import code the others do not need). A test keeps this in step with the parser.
_GROUP_OF = {"new": "journey", "check": "journey", "catalogue": "catalogue", "recommend": "catalogue",
             "import": "importing", "export": "export", "cards": "kit", "poster": "kit", "diff": "compare",
             "merge": "compare"}
COMMANDS = frozenset(_GROUP_OF)


class _Escaping(io.TextIOBase):
    """A text stream that writes control characters escaped (see the module)."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        from journeymap.model.hygiene import escape_for_terminal

        self.stream.write(escape_for_terminal(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def isatty(self) -> bool:
        return self.stream.isatty()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # typeshed: a plain attribute; here the wrapped stream's
        return getattr(self.stream, "encoding", "utf-8")


def _command_groups(command: str | None = None) -> list[Callable[[Subcommands], None]]:
    """The `register` functions of all command groups in `--help` order, or only of the group holding `command`."""
    from importlib import import_module

    names = dict.fromkeys(_GROUP_OF.values()) if command is None else [_GROUP_OF[command]]
    return [import_module(f"journeymap.cli.{name}").register for name in names]


class _Version(argparse._VersionAction):
    """argparse's `--version`, the version looked up only when asked for (`importlib.metadata` would cost every
    command ≈ 15 ms)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[Any] | None, option_string: str | None = None) -> None:
        from journeymap import __version__

        self.version = f"journeymap {__version__}"
        super().__call__(parser, namespace, values, option_string)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole command line's parser; with `command`, one that holds only that command's group (what running it
    needs: parsing its arguments is the same)."""
    parser = Parser(
        prog="journeymap",
        description="Map customer journeys along the AIDA(LA) phases. Without a command, opens the editor.",
    )
    parser.add_argument("--version", action=_Version)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
    for register in _command_groups(command):
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
    parser = build_parser(argv[0] if argv[0] in COMMANDS else None)
    try:
        args = parser.parse_args(argv)
        if not hasattr(args, "run"):
            parser.print_help()
            return EXIT_USAGE
        run: Callable[[argparse.Namespace], int] = args.run  # set by each command's `set_defaults(run=...)`
        return run(args)
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
    from journeymap.model.hygiene import escape_for_terminal

    print("error: " + escape_for_terminal(message, keep_newlines=False), file=sys.stderr)


def _open_editor(argv: list[str]) -> int:
    """`journeymap [FILE]`: start the editor when it is installed, else say what is available."""
    if len(argv) > 1:
        print("error: give at most one file to open", file=sys.stderr)
        return EXIT_USAGE
    try:
        from journeymap.app.main import run_editor
    except ImportError:
        build_parser().print_help()
        print("\nThe editor is not part of this build yet; the commands above work without it.")
        return EXIT_OK
    return run_editor(argv[0] if argv else None)


__all__ = ["COMMANDS", "EXIT_INVALID", "EXIT_OK", "EXIT_USAGE", "CliError", "UsageError", "build_parser", "main",
           "prepare_output", "shown_path"]
