"""The command `journeymap export FILE -o OUT [--paper a4|a3|a2|a1|poster] [--mode auto|fit|tile] [--lang de|en]
[--sections …]`. Qt-free itself.

The format comes from OUT's suffix: `.pdf` (the management report), `.csv` (touchpoints with KPIs), `.xlsx` (an
Excel workbook of touchpoints, KPIs and findings), `.mmd` (a Mermaid journey diagram), and `.png` or `.svg` (a
picture of the map as the editor's canvas draws it). Only a picture loads Qt: `journeymap.canvas.pictures` is
imported for it alone, and draws offscreen (no display needed, no window opened). `--paper`, `--mode` and
`--sections` shape the PDF only; given with another format they are ignored with a note on stderr.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from journeymap.cli.errors import EXIT_OK, EXIT_USAGE, CliError
from journeymap.cli.output import prepare_output
from journeymap.cli.parser import Subcommands
from journeymap.cli.texts import count, decimal, listing, say
from journeymap.fileformat import JourneyFileError, load

if TYPE_CHECKING:
    from journeymap.model import ProjectData

PAPERS = ("a4", "a3", "a2", "a1", "poster")
MODES = ("auto", "fit", "tile")
SECTIONS = ("cover", "summary", "map", "personas", "kpis", "findings", "recommendations", "appendix")
PICTURES = (".png", ".svg")
FORMATS = (".pdf", ".csv", ".xlsx", ".mmd", ".mermaid", *PICTURES)
PDF_ONLY = ("paper", "mode", "sections")  # options that shape the PDF report and nothing else


def register(sub: Subcommands) -> None:
    """Add the `export` command."""
    cmd = sub.add_parser(
        "export", help="export a journey as a PDF report, a table, a Mermaid diagram or a picture of the map",
        description="Export a journey. The format comes from OUT's suffix: .pdf (report with cover, map, personas, "
                    "KPIs, findings and appendix), .xlsx (touchpoints, KPIs per phase and findings as an Excel "
                    "workbook), .csv (touchpoints with their KPIs, UTF-8 with BOM, ';'), .mmd (a Mermaid journey "
                    "diagram), .png or .svg (a picture of the map as the editor draws it, on white; drawn without a "
                    "display). --paper, --mode and --sections apply to the PDF only.",
    )
    cmd.add_argument("file", metavar="FILE", help="the .journey file to export (never changed)")
    cmd.add_argument("-o", "--output", required=True, metavar="OUT",
                     help="the file to write: OUT.pdf, OUT.xlsx, OUT.csv, OUT.mmd, OUT.png or OUT.svg")
    cmd.add_argument("--paper", choices=PAPERS, default=None,
                     help="paper size of the PDF (default: a4); poster: one page as large as the map needs")
    cmd.add_argument("--lang", choices=("de", "en"), default=None,
                     help="language of the export (default: the journey's language); in a picture: the phase "
                          "headers")
    cmd.add_argument("--mode", choices=MODES, default=None,
                     help="the map in the PDF: fit on one page, tile over several (cut between card rows, every "
                          "page with all phases), or auto (one page while card labels stay at least 9 pt; default)")
    cmd.add_argument("--sections", type=_sections, default=None, metavar="LIST",
                     help="the parts of the PDF, comma-separated, in any order (default: all): "
                          + ",".join(SECTIONS) + "; parts with nothing to say are left out anyway")
    cmd.add_argument("--force", action="store_true", help="overwrite OUT if it exists (also a write-protected one)")
    cmd.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    out = Path(args.output)
    suffix = out.suffix.lower()
    if suffix not in FORMATS:
        return _usage(out, f"unknown export format {suffix or '(no suffix)'!r} "
                           "(use .pdf, .xlsx, .csv, .mmd, .png or .svg)")
    ignored = [f"--{name}" for name in PDF_ONLY if getattr(args, name) is not None]
    if ignored and suffix != ".pdf":  # harmless in a script that exports several formats with one set of options
        print(f"note: {listing(ignored, 'en')} only shape{'s' if len(ignored) == 1 else ''} the PDF report; "
              f"ignored for {suffix}", file=sys.stderr)
    try:
        data = load(args.file)
    except JourneyFileError as exc:
        raise CliError(args.file, exc.reason) from None
    prepare_output(out, args.force)  # the one overwrite rule of every command that writes
    lang = args.lang or data.meta.language
    from journeymap.export import export_csv, export_pdf

    try:
        if suffix in PICTURES:
            _export_picture(data, out, lang)
        elif suffix in (".mmd", ".mermaid"):
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
            paper = args.paper or "a4"
            report = export_pdf(data, out, paper=paper, lang=lang, mode=args.mode or "auto", sections=args.sections)
            print(say("exported_pdf", lang, out=out, pages=count(report.pages, "page", lang),
                      paper=paper.upper(), mode=say(f"mode.{report.mode}", lang)))
    except ValueError as exc:  # e.g. the chosen sections have nothing to show
        raise CliError(Path(args.file), str(exc)) from None
    except JourneyFileError as exc:  # SaveError: the output cannot be written; nothing was left behind
        raise CliError(out, exc.reason) from None
    return EXIT_OK


def _export_picture(data: ProjectData, out: Path, lang: str) -> None:
    """A PNG or SVG of the map, drawn offscreen by the editor's canvas (the one command that loads Qt)."""
    from journeymap.canvas.pictures import MAX_PIXELS, MAX_SIDE, PNG_SCALE, export_picture

    picture = export_picture(data, out, lang)
    if out.suffix.lower() == ".svg":
        print(say("exported_svg", lang, out=out, width=picture.width, height=picture.height))
        return
    scaled = ""
    if picture.scale < PNG_SCALE:  # a huge map: smaller, not refused (see `fitting_scale`)
        scaled = say("scaled", lang, scale=decimal(picture.scale, lang, 2), full=decimal(PNG_SCALE, lang),
                     side=f"{MAX_SIDE:,}".replace(",", "." if lang == "de" else ","), mega=MAX_PIXELS // 1_000_000)
    print(say("exported_png", lang, out=out, width=picture.width, height=picture.height, scaled=scaled))


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
