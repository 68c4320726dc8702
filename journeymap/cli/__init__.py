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
from typing import TextIO

from journeymap.cli.errors import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CliError, UsageError, shown_path
from journeymap.cli.output import prepare_output
from journeymap.cli.parser import Parser, Subcommands

# The command names, known without importing the command groups: `journeymap [FILE]` opens the editor straight away
# (the groups pull in analysis, PDF and import code the editor's start does not need). A test keeps this in step.
COMMANDS = frozenset({"new", "check", "export", "import", "catalogue", "recommend", "cards", "poster", "diff",
                      "merge"})


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


# Each command group exposes `register(subparsers)`; a parsed command runs as `args.run(args) -> int`.
def _command_groups() -> list[Callable[[Subcommands], None]]:
    from journeymap.cli import catalogue, compare, export, importing, journey, kit

    return [journey.register, catalogue.register, importing.register, export.register, kit.register,
            compare.register]


def build_parser() -> argparse.ArgumentParser:
    from journeymap import __version__

    parser = Parser(
        prog="journeymap",
        description="Map customer journeys along the AIDA(LA) phases. Without a command, opens the editor.",
    )
    parser.add_argument("--version", action="version", version=f"journeymap {__version__}")
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)
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
