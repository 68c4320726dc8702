"""The commands on journey files: `journeymap new` and `journeymap check`. Qt-free."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from pydantic import ValidationError

from journeymap.cli.errors import EXIT_OK, CliError
from journeymap.cli.output import prepare_output
from journeymap.cli.parser import Subcommands
from journeymap.cli.texts import count, decimal, listing, percent, say
from journeymap.fileformat.collector import collector_off
from journeymap.fileformat.errors import JourneyFileError
from journeymap.fileformat.reader import load
from journeymap.model import ProjectData
from journeymap.model.phases import PRESETS
from journeymap.templates import new_journey, sample_names

if TYPE_CHECKING:
    from journeymap.analysis import Analysis


def analyse(data: ProjectData, lang: str | None = None) -> Analysis:
    """`journeymap.analysis.analyse`, imported on first use: networkx is for `check` only."""
    from journeymap.analysis import analyse as run

    return run(data, lang)


def register(sub: Subcommands) -> None:
    new = sub.add_parser("new", help="create an empty journey file")
    new.add_argument("-o", "--output", required=True, metavar="FILE", help="the .journey file to create")
    kind = new.add_mutually_exclusive_group()
    kind.add_argument("--template", choices=sorted(PRESETS), default="aidala", help="phase model (default: aidala)")
    kind.add_argument("--sample", choices=sample_names(), default=None,
                      help="start from a bundled example journey instead of an empty one")
    new.add_argument("--title", default=None, help="title of the journey")
    new.add_argument("--company", default=None, help="the company whose customers are mapped")
    new.add_argument("--author", default=None, help="who makes the map (facilitator)")
    new.add_argument("--workshop-date", type=_iso_date, default=None, metavar="YYYY-MM-DD",
                     help="the day of the workshop")
    new.add_argument("--participants", default=None,
                     help="who takes part (free text; separate names with ';' or new lines)")
    new.add_argument("--description", default=None, help="what the journey is about (shown on the PDF cover)")
    new.add_argument("--status", choices=("draft", "review", "final"), default=None, help="how far the map is")
    new.add_argument("--version", dest="map_version", type=_short(64), default=None, metavar="LABEL",
                     help="the map's own version label, e.g. 1.0 or to-be")
    new.add_argument("--lang", choices=("de", "en"), default=None, help="language of the journey")
    new.add_argument("--force", action="store_true", help="overwrite FILE if it exists (also a write-protected one)")
    new.set_defaults(run=run_new)

    check = sub.add_parser("check", help="validate and analyse a journey file")
    check.add_argument("file", metavar="FILE")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.add_argument("--lang", choices=("de", "en"), default=None,
                       help="language of the findings (default: the journey's language)")
    check.set_defaults(run=run_check)


def _iso_date(text: str) -> str:
    """An ISO date `YYYY-MM-DD` (argparse type: anything else is a usage error)."""
    text = text.strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    raise argparse.ArgumentTypeError(f"{text!r} is not a date of the form YYYY-MM-DD")


def _short(limit: int) -> Callable[[str], str]:
    """An argparse type: a text of at most `limit` characters."""

    def check(text: str) -> str:
        if len(text) > limit:
            raise argparse.ArgumentTypeError(f"at most {limit} characters are allowed")
        return text
    return check


def meta_options(args: argparse.Namespace) -> dict[str, str]:
    """The journey properties given on the command line (only those given)."""
    given = {"title": args.title, "company": args.company, "author": args.author,
             "workshop_date": args.workshop_date, "participants": args.participants,
             "description": args.description, "status": args.status,
             "version": args.map_version, "language": args.lang}
    return {key: value for key, value in given.items() if value is not None}


def run_new(args: argparse.Namespace) -> int:
    from journeymap.fileformat.writer import save  # (writing: for `new` only)

    out = prepare_output(args.output, args.force, (".journey",), "a journey")
    now = datetime.now(UTC).isoformat(timespec="seconds")
    given = meta_options(args)
    if "participants" in given:  # one name or group per line, as the editor keeps them
        given["participants"] = "\n".join(p.strip() for p in given["participants"].replace(";", "\n").splitlines()
                                          if p.strip())
    try:
        data = new_journey(args.template, args.sample, {**given, "created": now, "modified": now})
    except ValidationError as exc:
        error = exc.errors()[0]
        raise CliError(None, f"--{str(error['loc'][0]).replace('_', '-')}: {error['msg']}") from None
    try:
        save(data, out, backup=False)
    except JourneyFileError as exc:
        raise CliError(out, exc.reason) from None
    lang = data.meta.language
    key, name = ("created_sample", args.sample) if args.sample else ("created_template", args.template)
    print(say(key, lang, out=out, name=name))
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    # A big tree of values, nothing of it garbage until the command ends: the cyclic garbage collector would only
    # walk that tree again and again (half the time of a big check).
    with collector_off():
        return _check(args)


def _check(args: argparse.Namespace) -> int:
    try:
        data = load(args.file)
    except JourneyFileError as exc:
        if args.json:
            print(json.dumps({"valid": False, "file": args.file, "error": exc.reason}, ensure_ascii=False))
        raise CliError(args.file, exc.reason) from None
    analysis = analyse(data, args.lang)
    counts = {
        "phases": len(data.phase_model.phases),
        "touchpoints": len(data.touchpoints),
        "links": len(data.links),
        "personas": len(data.personas),
    }
    if args.json:
        result = {"valid": True, "file": args.file, "counts": counts, **analysis.to_json()}
        print(json.dumps(result, ensure_ascii=False, indent=2))  # one write (json.dump writes piece by piece)
        return EXIT_OK
    lang = args.lang or data.meta.language
    _print_check(args.file, data, analysis, counts, lang)
    return EXIT_OK


def _print_check(file: str, data: ProjectData, analysis: Analysis, counts: dict[str, int], lang: str) -> None:
    """The human-readable result of `check`, all in `lang`, printed at once (thousands of findings in a big map)."""
    title = f" „{data.meta.title}“" if lang == "de" and data.meta.title else (
        f" “{data.meta.title}”" if data.meta.title else "")
    summary = listing([count(counts[k], k[:-1], lang) for k in ("touchpoints", "links", "personas")], lang)
    lines = [say("valid", lang, file=file, title=title, counts=summary)]
    names = {p.id: " ".join(p.name.get(lang).split()) or p.id for p in data.phase_model.phases}
    width = max(len(n) for n in names.values())
    for stats in analysis.phases:
        share = "" if stats.digital_share is None else say("digital", lang, share=percent(stats.digital_share, lang))
        mood = "" if stats.mean_emotion is None else say("mood", lang,
                                                         mood=decimal(stats.mean_emotion, lang, sign=True))
        lines.append(f"  {names[stats.phase]:<{width}}  {count(stats.touchpoints, 'touchpoint', lang)}{share}{mood}")
    paths = count(len(analysis.paths.paths), "path", lang, "+" if analysis.paths.capped else "")
    loop = say("loop_closed" if analysis.loop_closed else "loop_open", lang)
    lines.append(f"  {loop}; {say('paths', lang, paths=paths)}")
    if analysis.findings:
        lines.append(say("findings", lang, findings=count(len(analysis.findings), "finding", lang)))
        severity = {level: say("severity." + level, lang) for level in ("error", "warning", "info")}
        lines += [f"  {severity[f.severity]:<7}  {f.code}: {f.message}" for f in analysis.findings]
    else:
        lines.append(say("no_findings", lang))
    print("\n".join(lines))
