"""The command line's argument parser and the type its command groups register on."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn, TypeAlias

from journeymap.cli.errors import EXIT_USAGE


class Parser(argparse.ArgumentParser):
    """An `ArgumentParser` whose usage errors exit with code 2 after a short hint, as argparse does."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"error: {message}\n")


# What `add_subparsers` returns on a `Parser`: each command group's `register(sub)` adds its commands to it (argparse
# makes every sub-parser a `Parser` too, so usage errors of a command exit the same way).
Subcommands: TypeAlias = "argparse._SubParsersAction[Parser]"
