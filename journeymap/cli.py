"""The `journeymap` command line. Qt-free: every command except opening the editor runs without a display.

Exit codes (contract): 0 success; 1 the input is invalid or unreadable (one line `error: PATH: reason` on
stderr, no traceback, nothing half-written left behind); 2 wrong usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
# The command names, known without importing the command groups: `journeymap [FILE]` opens the editor straight away
# (the groups pull in analysis, PDF and import code the editor's start does not need). A test keeps this in step.
COMMANDS = frozenset({"new", "check", "export", "import", "catalogue", "recommend"})


class CliError(Exception):
    """A failure to report as one line `error: PATH: reason` with exit code 1."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__(f"{path}: {reason}" if path else reason)


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
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if not hasattr(args, "run"):
            parser.print_help()
            return EXIT_USAGE
        return args.run(args)
    except CliError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return EXIT_INVALID
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # last line of defence: never show a traceback to the user
        print(f"error: unexpected problem ({type(exc).__name__}: {exc})", file=sys.stderr)
        return EXIT_INVALID


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
