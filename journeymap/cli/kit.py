"""The workshop kit's commands: `journeymap cards` (touchpoint cards to cut out, or with `--personas` persona
sheets) and `journeymap poster` (the lane poster, or a journey's whole map). Qt-free.

    journeymap cards -o OUT.pdf [--lang de|en] [--paper a4|a3] [--journey FILE] [--blank N] [--personas] [--force]
    journeymap poster -o OUT.pdf [--paper a2|a1|a0] [--lang de|en] [--journey FILE] [--force]
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from journeymap.cli.errors import EXIT_OK, CliError, UsageError
from journeymap.cli.output import prepare_output
from journeymap.cli.parser import Subcommands
from journeymap.fileformat import JourneyFileError, load
from journeymap.model import ProjectData
from journeymap.templates import default_language

if TYPE_CHECKING:
    from journeymap.export.kit import KitReport

MAX_BLANK = 1_000  # as journeymap.export.kit.MAX_BLANK (not imported here: reportlab loads only when writing)
SMALL_PRINT = 6.0  # card labels of a journey poster below this size (pt) are too small to read at the wall

_SAID = {  # key: (English, German)
    "cards": ("{out} written: {what} on {pages} {paper}, ready to cut", "{out} geschrieben: {what} auf {pages} "
                                                                         "{paper}, zum Ausschneiden"),
    "poster": ("{out} written: lane poster, {paper} landscape", "{out} geschrieben: Phasen-Poster, {paper} quer"),
    "map_poster": ("{out} written: the journey's map as a poster, {paper} landscape, {n} touchpoints",
                   "{out} geschrieben: die Karte der Journey als Poster, {paper} quer, {n} Touchpoints"),
    "personas": ("{out} written: {what} on A4", "{out} geschrieben: {what} auf A4"),
    "small_print": ("note: the map is too tall for one poster, its card labels are only {size} pt; for a readable "
                    "map on several sheets use: journeymap export {journey} -o MAP.pdf --paper a1 --mode tile",
                    "Hinweis: Die Karte ist für ein Poster zu lang, ihre Beschriftungen sind nur {size} pt groß; "
                    "lesbar auf mehreren Bögen: journeymap export {journey} -o KARTE.pdf --paper a1 --mode tile"),
}
_NOUNS = {  # noun: ((English singular, plural), (German singular, plural))
    "card": (("{n} card", "{n} cards"), ("{n} Karte", "{n} Karten")),
    "blank_card": (("{n} empty card", "{n} empty cards"), ("{n} leere Karte", "{n} leere Karten")),
    "sheet": (("{n} persona sheet", "{n} persona sheets"), ("{n} Persona-Bogen", "{n} Persona-Bögen")),
    "blank_sheet": (("{n} empty sheet", "{n} empty sheets"), ("{n} leerer Bogen", "{n} leere Bögen")),
    "page": (("{n} page", "{n} pages"), ("{n} Seite", "{n} Seiten")),
}


def register(sub: Subcommands) -> None:
    """Add the `cards` and `poster` commands."""
    cards = sub.add_parser(
        "cards", help="print touchpoint cards to cut out (or persona sheets) for a paper workshop",
        description="Print cut-out cards for a paper workshop, eight to a sheet with crop marks: every touchpoint "
                    "of the catalogue (icon, name, a short description, the phases it suits, digital or analogue, "
                    "direct or indirect, the needs it serves best), or with --journey that journey's own "
                    "touchpoints (label, phase, emotion, pain points, opportunities). With --personas: persona sheets "
                    "instead, one A4 page per persona of --journey or empty ones to fill in.")
    cards.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    cards.add_argument("--lang", choices=("de", "en"), default=None,
                       help="language of the cards (default: the journey's, else the system's)")
    cards.add_argument("--paper", choices=("a4", "a3"), default=None,
                       help="a4 (default): cards of 90 × 64 mm; a3: 127 × 91 mm, for walls and A0 posters")
    cards.add_argument("--journey", metavar="FILE", default=None,
                       help="print this journey's touchpoints (with --personas: its personas) instead")
    cards.add_argument("--blank", type=_count, default=0, metavar="N",
                       help="add N empty cards (with --personas: empty sheets) to write on")
    cards.add_argument("--personas", action="store_true",
                       help="print persona sheets (A4) instead of cards: one per persona of --journey and --blank N "
                            "empty ones, at least one sheet")
    cards.add_argument("--force", action="store_true", help="overwrite OUT.pdf if it exists")
    cards.set_defaults(run=run_cards)
    poster = sub.add_parser(
        "poster", help="print the lane poster for a paper workshop (or a journey's map as a poster)",
        description="Print a poster in landscape: the six AIDA(LA) lanes with a guiding question each, an emotion "
                    "scale and room for cards and sticky notes; with --journey that journey's whole map.")
    poster.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="the PDF to write")
    poster.add_argument("--paper", choices=("a2", "a1", "a0"), default="a1", help="paper size (default: a1)")
    poster.add_argument("--lang", choices=("de", "en"), default=None,
                        help="language of the poster (default: the journey's, else the system's)")
    poster.add_argument("--journey", metavar="FILE", default=None, help="print this journey's map instead")
    poster.add_argument("--force", action="store_true", help="overwrite OUT.pdf if it exists")
    poster.set_defaults(run=run_poster)


def run_cards(args: argparse.Namespace) -> int:
    if args.personas and args.paper not in (None, "a4"):
        raise UsageError(args.output, "persona sheets are printed on A4 (leave out --paper or give --paper a4)")
    data = _journey(args.journey)
    out = prepare_output(args.output, args.force, (".pdf",), "the kit")
    lang = _language(args.lang, data)
    kind = "personas" if args.personas else "cards"
    report = _write(kind, out, lang, args.paper or "a4", data, args.blank, args.journey)
    if kind == "personas":
        print(_say("personas", lang, out=out, what=_what(report.items, report.blank, "sheet", lang)))
    else:
        print(_say("cards", lang, out=out, what=_what(report.items, report.blank, "card", lang),
                   pages=_noun("page", report.pages, lang), paper=report.paper.upper()))
    return EXIT_OK


def run_poster(args: argparse.Namespace) -> int:
    data = _journey(args.journey)
    out = prepare_output(args.output, args.force, (".pdf",), "the poster")
    lang = _language(args.lang, data)
    report = _write("poster", out, lang, args.paper, data, 0, args.journey)
    if data is None:
        print(_say("poster", lang, out=out, paper=report.paper.upper()))
    else:
        print(_say("map_poster", lang, out=out, paper=report.paper.upper(), n=report.items))
        if report.label_pt < SMALL_PRINT:
            size = f"{report.label_pt:.1f}".replace(".", "," if lang == "de" else ".")
            print(_say("small_print", lang, size=size, journey=args.journey))
    return EXIT_OK


def _write(kind: str, out: Path, lang: str, paper: str, data: ProjectData | None, blank: int,
           journey: str | None) -> KitReport:
    from journeymap.export.kit import export_kit  # reportlab only when writing

    try:
        return export_kit(kind, out, lang, paper, data, blank)
    except ValueError as exc:  # e.g. a journey without touchpoints and no empty cards asked for
        raise CliError(journey if journey is not None else out, str(exc)) from None
    except JourneyFileError as exc:  # SaveError: the output cannot be written; nothing was left behind
        raise CliError(out, exc.reason) from None


def _journey(path: str | None) -> ProjectData | None:
    if path is None:
        return None
    try:
        return load(path)
    except JourneyFileError as exc:
        raise CliError(path, exc.reason) from None


def _language(given: str | None, data: ProjectData | None) -> str:
    if given:
        return given
    return data.meta.language if data is not None else default_language()


def _count(text: str) -> int:
    """`--blank N`: a whole number from 0 to `MAX_BLANK` (argparse turns the error into a usage error)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= MAX_BLANK:
        raise argparse.ArgumentTypeError(f"give a number from 0 to {MAX_BLANK}, not {value}")
    return value


def _say(key: str, lang: str, **values: object) -> str:
    english, german = _SAID[key]
    return (german if lang == "de" else english).format(**values)


def _noun(noun: str, n: int, lang: str) -> str:
    english, german = _NOUNS[noun]
    forms = german if lang == "de" else english
    shown = f"{n:,}".replace(",", "." if lang == "de" else ",")
    return forms[n != 1].format(n=shown)


def _what(items: int, blank: int, noun: str, lang: str) -> str:
    """"39 Karten und 2 leere Karten" / "1 persona sheet"."""
    parts = [_noun(noun, items, lang)] if items or not blank else []
    if blank:
        parts.append(_noun(f"blank_{noun}", blank, lang))
    return (" und " if lang == "de" else " and ").join(parts)
