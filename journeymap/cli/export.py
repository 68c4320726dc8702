"""The command `journeymap export FILE -o OUT [--paper a4|a3|a2|a1|poster] [--mode auto|fit|tile] [--lang de|en]
[--sections …]`. Qt-free.

The format comes from OUT's suffix: `.pdf` (the management report), `.csv` (touchpoints with KPIs), `.xlsx` (an
Excel workbook of touchpoints, KPIs and findings) and `.mmd` (a Mermaid journey diagram). PNG and
SVG pictures of the map are drawn by the editor's canvas (Qt), so the command line refuses them as wrong usage
(exit 2) and says to use File ▸ Export in the editor.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from journeymap.cli.errors import EXIT_OK, EXIT_USAGE, CliError
from journeymap.cli.output import prepare_output
from journeymap.cli.texts import count, say
from journeymap.fileformat import JourneyFileError, load

PAPERS = ("a4", "a3", "a2", "a1", "poster")
MODES = ("auto", "fit", "tile")
SECTIONS = ("cover", "summary", "map", "personas", "kpis", "findings", "recommendations", "appendix")
FORMATS = (".pdf", ".csv", ".xlsx", ".mmd", ".mermaid")
EDITOR_ONLY = (".png", ".svg")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `export` command."""
    cmd = sub.add_parser(
        "export", help="export a journey as a PDF report or a CSV of touchpoints and KPIs",
        description="Export a journey. The format comes from OUT's suffix: .pdf (report with cover, map, personas, "
                    "KPIs, findings and appendix), .xlsx (touchpoints, KPIs per phase and findings as an Excel "
                    "workbook), .csv (touchpoints with their KPIs, UTF-8 with BOM, ';') or .mmd (a Mermaid journey "
                    "diagram). "
                    "PNG and SVG pictures of the map come from the editor (File > Export).",
    )
    cmd.add_argument("file", metavar="FILE", help="the .journey file to export (never changed)")
    cmd.add_argument("-o", "--output", required=True, metavar="OUT",
                     help="the file to write: OUT.pdf, OUT.xlsx, OUT.csv or OUT.mmd")
    cmd.add_argument("--paper", choices=PAPERS, default="a4",
                     help="paper size of the PDF (default: a4); poster: one page as large as the map needs")
    cmd.add_argument("--lang", choices=("de", "en"), default=None,
                     help="language of the export (default: the journey's language)")
    cmd.add_argument("--mode", choices=MODES, default="auto",
                     help="the map: fit on one page, tile over several (cut between card rows, every page with "
                          "all phases), or auto (one page while card labels stay at least 9 pt; default)")
    cmd.add_argument("--sections", type=_sections, default=None, metavar="LIST",
                     help="the parts of the PDF, comma-separated, in any order (default: all): "
                          + ",".join(SECTIONS) + "; parts with nothing to say are left out anyway")
    cmd.add_argument("--force", action="store_true", help="overwrite OUT if it exists (also a write-protected one)")
    cmd.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix in EDITOR_ONLY:
        return _usage(out, f"{suffix[1:].upper()} pictures of the map come from the editor (File > Export); "
                           "the command line writes .pdf, .xlsx, .csv or .mmd")
    if suffix not in FORMATS:
        return _usage(out, f"unknown export format {suffix or '(no suffix)'!r} (use .pdf, .xlsx, .csv or .mmd)")
    try:
        data = load(args.file)
    except JourneyFileError as exc:
        raise CliError(args.file, exc.reason) from None
    prepare_output(out, args.force)  # the one overwrite rule of every command that writes
    lang = args.lang or data.meta.language
    from journeymap.export import export_csv, export_pdf

    try:
        if suffix in (".mmd", ".mermaid"):
            from journeymap.interchange import export_mermaid

            export_mermaid(data, out, lang)
            print(say("exported_mermaid", lang, out=out, tasks=count(len(data.touchpoints), "task", lang)))
        elif suffix == ".xlsx":
            from journeymap.export.xlsx_export import export_xlsx

            export_xlsx(data, out, lang)
            kpis = sum(len(tp.kpis) for tp in data.touchpoints)
            print(say("exported_xlsx", lang, out=out,
                      counts=f'{count(len(data.touchpoints), "touchpoint", lang)}, {count(kpis, "kpi", lang)}'))
        elif suffix == ".csv":
            export_csv(data, out, lang)
            rows = sum(max(1, len(tp.kpis)) for tp in data.touchpoints)
            print(say("exported_csv", lang, out=out, rows=count(rows, "row", lang)))
        else:
            report = export_pdf(data, out, paper=args.paper, lang=lang, mode=args.mode, sections=args.sections)
            print(say("exported_pdf", lang, out=out, pages=count(report.pages, "page", lang),
                      paper=args.paper.upper(), mode=say(f"mode.{report.mode}", lang)))
    except ValueError as exc:  # e.g. the chosen sections have nothing to show
        raise CliError(Path(args.file), str(exc)) from None
    except JourneyFileError as exc:  # SaveError: the output cannot be written; nothing was left behind
        raise CliError(out, exc.reason) from None
    return EXIT_OK


def _sections(text: str) -> tuple[str, ...]:
    """`--sections cover,map,kpis` → the section names (argparse turns a ValueError into a usage error)."""
    names = tuple(dict.fromkeys(part.strip().casefold() for part in text.split(",") if part.strip()))
    unknown = [n for n in names if n not in SECTIONS]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown section {unknown[0]!r} (choose from {', '.join(SECTIONS)})")
    if not names:
        raise argparse.ArgumentTypeError(f"name at least one section ({', '.join(SECTIONS)})")
    return names


def _usage(path: Path, reason: str) -> int:
    print(f"error: {path}: {reason}", file=sys.stderr)
    return EXIT_USAGE
