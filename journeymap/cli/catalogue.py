"""The commands `journeymap catalogue` and `journeymap recommend`. Qt-free."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Collection, Sequence
from typing import Any

from journeymap.catalogue.files import CatalogueError
from journeymap.catalogue.recommender import LEVEL_LABELS, AnswerError, RecommendationResult, recommend
from journeymap.catalogue.registry import Catalogue, catalogue
from journeymap.catalogue.schema import CATEGORY_IDS, PHASE_IDS, Entry
from journeymap.cli.errors import EXIT_OK, CliError
from journeymap.cli.texts import count
from journeymap.fileformat import JourneyFileError, load
from journeymap.model.phases import aidala
from journeymap.templates import default_language

_PHASE_NAMES = {p.id: p.name for p in aidala().phases}
_KIND = {"de": {"digital": "digital", "analogue": "analog"}, "en": {"digital": "digital", "analogue": "analogue"}}


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `catalogue` and `recommend` commands."""
    cat = sub.add_parser("catalogue", help="list the bundled touchpoint catalogue")
    cat.add_argument("--lang", choices=("de", "en"), default=None, help="language of names (default: the system's)")
    cat.add_argument("--phase", choices=PHASE_IDS, default=None, help="only touchpoints that suit this phase")
    cat.add_argument("--json", action="store_true", help="print the entries as JSON")
    cat.set_defaults(run=run_catalogue)

    rec = sub.add_parser(
        "recommend", help="rank the catalogue's touchpoints by how well they meet your needs",
        description="Rank touchpoints by the needs you weigh. LEVEL 0..3 = unimportant, less important, important, "
                    "very important; needs left out count as 0. Categories: " + ", ".join(CATEGORY_IDS) + ".",
    )
    rec.add_argument("--answer", action=_AnswerAction, default={}, metavar="CATEGORY=LEVEL",
                     help="how important a need category is (repeat for each category)")
    rec.add_argument("--json", action="store_true", help="print the result as JSON")
    rec.add_argument("--lang", choices=("de", "en"), default=None, help="language of the output")
    rec.add_argument("--phase", choices=PHASE_IDS, default=None, help="only touchpoints that suit this phase")
    rec.add_argument("--project", metavar="FILE", default=None,
                     help="a .journey file: use its saved answers (--answer overrides) and name its empty phases")
    rec.set_defaults(run=run_recommend)


def parse_answer(text: str) -> tuple[str, int]:
    """`"visualisation=3"` -> `("visualisation", 3)`; `ValueError` with a clear message otherwise."""
    category, sep, level = text.partition("=")
    category, level = category.strip(), level.strip()
    if not sep or not category or not level:
        raise ValueError(f"{text!r} is not CATEGORY=LEVEL (e.g. visualisation=3)")
    if category not in CATEGORY_IDS:
        raise ValueError(f"unknown need category {category!r} (use one of {', '.join(CATEGORY_IDS)})")
    if level not in ("0", "1", "2", "3"):
        raise ValueError(f"the level of {category!r} must be 0, 1, 2 or 3, not {level!r}")
    return category, int(level)


class _AnswerAction(argparse.Action):
    """Collects repeated `--answer CATEGORY=LEVEL` into a dict; bad syntax or a contradiction is a usage error."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace, values: Any,
                 option_string: str | None = None) -> None:
        try:
            category, level = parse_answer(str(values))
        except ValueError as exc:
            parser.error(f"argument --answer: {exc}")
        answers = dict(getattr(namespace, self.dest) or {})
        if answers.get(category, level) != level:
            parser.error(f"argument --answer: {category!r} is given twice, as {answers[category]} and {level}")
        answers[category] = level
        setattr(namespace, self.dest, answers)


def _language(args: argparse.Namespace) -> str:
    return args.lang or default_language()


def _load() -> Catalogue:
    try:
        return catalogue()
    except CatalogueError as exc:
        raise CliError(exc.path, exc.detail) from None


def run_catalogue(args: argparse.Namespace) -> int:
    """`journeymap catalogue [--lang de|en] [--phase ID] [--json]`."""
    lang = _language(args)
    entries = _load().filter(phase=args.phase)
    if args.json:
        _print_json([entry.to_json() for entry in entries])
        return EXIT_OK
    header = ("ID", "Name", "Art", "Phasen") if lang == "de" else ("id", "name", "kind", "phases")
    rows = [header] + [_catalogue_row(entry, lang) for entry in entries]
    _print_table(rows)
    print(count(len(entries), "entry", lang))
    return EXIT_OK


def _catalogue_row(entry: Entry, lang: str) -> tuple[str, ...]:
    phases = ", ".join(_PHASE_NAMES[p].get(lang) for p in entry.phases)
    return entry.id, entry.name.get(lang), _KIND[lang][entry.kind], phases


def run_recommend(args: argparse.Namespace) -> int:
    """`journeymap recommend --answer CATEGORY=LEVEL ... [--json] [--lang de|en] [--phase ID] [--project FILE]`."""
    lang = _language(args)
    answers, project = dict(args.answer), None
    if args.project is not None:
        try:
            project = load(args.project)
        except JourneyFileError as exc:
            raise CliError(args.project, exc.reason) from None
        answers = {**project.answers, **answers}
    cat = _load()
    try:
        result = recommend(answers, cat, project=project, phase=args.phase)
    except AnswerError as exc:  # only saved answers can get here: the command line ones are checked already
        raise CliError(args.project, f"its saved answers are unusable: {exc}") from None
    if args.json:
        _print_json(result.to_json(lang))
    else:
        _print_recommendations(result, cat, lang)
    return EXIT_OK


def _print_recommendations(result: RecommendationResult, cat: Catalogue, lang: str) -> None:
    de = lang == "de"
    weighted = [f"{cat.category(c).name.get(lang)} = {LEVEL_LABELS[v].get(lang)}"
                for c, v in result.answers.items() if v > 0]
    print(("Gewichtete Bedürfnisse: " if de else "Weighted needs: ") + ("; ".join(weighted) or "–"))
    if result.phase:
        print(("Nur für die Phase: " if de else "Only for the phase: ") + _PHASE_NAMES[result.phase].get(lang))
    if result.empty_phases is not None:
        empty = ", ".join(_PHASE_NAMES[p].get(lang) if p in _PHASE_NAMES else p for p in result.empty_phases)
        print(("Leere Phasen der Journey: " if de else "Empty phases of the journey: ") + (empty or "–"))
    print()
    rows = [(f"{rec.rank}.", rec.entry.name.get(lang), f"{rec.score:.0f} %", rec.band.label.get(lang))
            for rec in result.recommendations]
    details = []
    for rec in result.recommendations:
        lines = []
        if rec.reasons:
            lines.append(("Gründe: " if de else "Reasons: ") + "; ".join(r.describe(lang) for r in rec.reasons))
        if rec.fills_phases:
            names = ", ".join(_PHASE_NAMES[p].get(lang) if p in _PHASE_NAMES else p for p in rec.fills_phases)
            lines.append(("Füllt leere Phasen: " if de else "Fills empty phases: ") + names)
        details.append(lines)
    _print_table(rows, details, right_align={0, 2})
    if result.notes:
        print()
        print("Hinweise:" if de else "Notes:")
        for note in result.notes:
            print(f"  - {note.message.get(lang)}")


def _print_table(rows: Sequence[Sequence[str]], details: Sequence[Sequence[str]] | None = None,
                 right_align: Collection[int] = ()) -> None:
    """Columns padded to their widest cell; `details[i]` lines are printed indented under data row `i`."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for index, row in enumerate(rows):
        cells = [cell.rjust(w) if i in right_align else cell.ljust(w)
                 for i, (cell, w) in enumerate(zip(row, widths, strict=False))]
        print("  ".join(cells).rstrip())
        if details is not None:
            for line in details[index]:
                print(" " * (widths[0] + 2) + line)


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()
