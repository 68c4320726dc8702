"""The command `journeymap import IN -o OUT.journey` from Mermaid (`.mmd`, `.mermaid`) or CSV (`.csv`). Qt-free.

Exit codes as for every command: 0 done; 1 the input cannot be imported (`error: PATH: line N: reason`, no
output file written, the input untouched); 2 wrong usage (an input type we do not know).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from journeymap.cli.errors import EXIT_OK, EXIT_USAGE, CliError
from journeymap.cli.output import prepare_output
from journeymap.cli.texts import count, listing, say
from journeymap.fileformat import JourneyFileError, save
from journeymap.interchange.errors import InterchangeError
from journeymap.interchange.files import CSV_SUFFIXES, MERMAID_SUFFIXES, XLSX_SUFFIXES, import_format, read_import
from journeymap.interchange.source import UTF8


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "import", help="create a journey file from a Mermaid journey (.mmd), a CSV of touchpoints or an Excel workbook",
        description="Create a .journey file from a Mermaid `journey` diagram (.mmd, .mermaid) or a CSV of "
                    "touchpoints (.csv, the columns of the CSV export) or the touchpoints sheet of an Excel workbook "
                    "(.xlsx, as the export writes it). The input is never changed.",
    )
    parser.add_argument("input", metavar="IN", help="the .mmd/.mermaid or .csv file to import")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="the .journey file to create")
    parser.add_argument("--lang", choices=("de", "en"), default=None,
                        help="language of the journey (default: from the phase names, else the system's)")
    parser.add_argument("--force", action="store_true",
                        help="overwrite OUT if it exists, also a write-protected one (keeping OUT.bak)")
    parser.set_defaults(run=run_import, _usage=parser.print_usage)


def run_import(args: argparse.Namespace) -> int:
    source, out = Path(args.input), Path(args.output)
    if import_format(source) is None:
        args._usage(sys.stderr)
        known = ", ".join(MERMAID_SUFFIXES + CSV_SUFFIXES + XLSX_SUFFIXES)
        print(f"error: {source}: cannot tell the format from the suffix {source.suffix or '(none)'!r}; "
              f"name the file {known}", file=sys.stderr)
        return EXIT_USAGE
    if _same_file(source, out):
        raise CliError(out, "is the input file; choose another output file")
    prepare_output(out, args.force, (".journey",), "the imported journey")
    try:
        imported = read_import(source, args.lang)
    except InterchangeError as exc:
        raise CliError(source, str(exc)) from None
    data = imported.data
    try:
        save(data, out, backup=True)
    except JourneyFileError as exc:
        raise CliError(out, exc.reason) from None
    lang = data.meta.language
    counts = listing([count(len(data.touchpoints), "touchpoint", lang), count(len(data.phase_model.phases),
                      "phase", lang), count(len(data.links), "link", lang), count(len(data.personas), "persona",
                                                                                 lang)], lang)
    note = say("encoding", lang, encoding=imported.encoding) if imported.encoding != UTF8 else ""
    print(say("imported", lang, source=source, out=out, counts=counts) + note)
    return EXIT_OK


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
