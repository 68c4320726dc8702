"""CLI commands on journey files: `new` and `check`. Qt-free."""

from __future__ import annotations

import argparse
import json
import locale
import os
import sys
from datetime import date, datetime, timezone
from pathlib import Path

from pydantic import ValidationError

from journeymap.cli import EXIT_OK, CliError
from journeymap.fileformat import JourneyFileError, load, save
from journeymap.locate import resource_path
from journeymap.model import Meta, ProjectData
from journeymap.model.phases import PRESETS


def analyse(data: ProjectData, lang: str | None = None):
    """`journeymap.analysis.analyse`, imported on first use: networkx is for `check` only, and the editor imports
    this module too (samples for File ▸ New from)."""
    from journeymap.analysis import analyse as run

    return run(data, lang)


def register(sub: argparse._SubParsersAction) -> None:
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
    new.add_argument("--status", choices=("draft", "review", "final"), default=None, help="how far the map is")
    new.add_argument("--version", dest="map_version", type=_short(64), default=None, metavar="LABEL",
                     help="the map's own version label, e.g. 1.0 or to-be")
    new.add_argument("--lang", choices=("de", "en"), default=None, help="language of the journey")
    new.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
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


def _short(limit: int):
    def check(text: str) -> str:
        if len(text) > limit:
            raise argparse.ArgumentTypeError(f"at most {limit} characters are allowed")
        return text
    return check


def meta_options(args: argparse.Namespace) -> dict[str, str]:
    """The journey properties given on the command line (only those given)."""
    given = {"title": args.title, "company": args.company, "author": args.author,
             "workshop_date": args.workshop_date, "participants": args.participants, "status": args.status,
             "version": args.map_version, "language": args.lang}
    return {key: value for key, value in given.items() if value is not None}


def sample_names() -> list[str]:
    """Names of the bundled example journeys (`resources/samples/<name>.journey`)."""
    return sorted(path.stem for path in resource_path("samples").glob("*.journey"))


def default_language() -> str:
    """`de` when the system speaks German, else `en`."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(name, "")
        if value:
            return "de" if value.lower().startswith("de") else "en"
    code = (locale.getlocale()[0] or "").lower()
    return "de" if code.startswith("de") else "en"


def run_new(args: argparse.Namespace) -> int:
    out = Path(args.output)
    if out.exists() and not args.force:
        raise CliError(out, "already exists (use --force to overwrite it)")
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    given = meta_options(args)
    if "participants" in given:  # one name or group per line, as the editor keeps them
        given["participants"] = "\n".join(p.strip() for p in given["participants"].replace(";", "\n").splitlines()
                                          if p.strip())
    try:
        if args.sample:
            data = load(resource_path("samples", f"{args.sample}.journey"))
            meta = Meta.model_validate({**data.meta.model_dump(), **given, "created": now, "modified": now})
            data = data.model_copy(update={"meta": meta})
        else:
            meta = Meta.model_validate({"language": default_language(), **given, "created": now, "modified": now})
            data = ProjectData(meta=meta, phase_model=PRESETS[args.template]())
    except ValidationError as exc:
        error = exc.errors()[0]
        raise CliError(None, f"--{str(error['loc'][0]).replace('_', '-')}: {error['msg']}") from None
    try:
        save(data, out, backup=False)
    except JourneyFileError as exc:
        raise CliError(None, str(exc)) from None
    print(f"created {out} ({f'sample {args.sample}' if args.sample else f'{args.template} template'})")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
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
        json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
        print()
        return EXIT_OK
    lang = args.lang or data.meta.language
    for line in check_report(args.file, data, analysis, counts, lang):
        print(line)
    return EXIT_OK


# The human `check` report in English and German: (English, German) per line.
_REPORT = {
    "valid": ("{file}: valid journey{title}: {touchpoints} touchpoints, {links} links, {personas} personas",
              "{file}: gültige Journey{title}: {touchpoints} Touchpoints, {links} Links, {personas} Personas"),
    "phase": ("{touchpoints:>4} touchpoints", "{touchpoints:>4} Touchpoints"),
    "digital": ("{share} digital", "{share} digital"),
    "mood": ("mean emotion {mood}", "mittlere Emotion {mood}"),
    "loop": ("advocacy loop {state}; {paths} paths from start to end",
             "Empfehlungsschleife {state}; {paths} Wege vom Anfang bis zum Ende"),
    "closed": ("closed", "geschlossen"),
    "open": ("open", "offen"),
    "findings": ("{count} finding(s):", "{count} Befund(e):"),
    "none": ("no findings", "keine Befunde"),
}


def _say(key: str, lang: str, **params: object) -> str:
    english, german = _REPORT[key]
    return (german if lang == "de" else english).format(**params)


def decimal(value: float, lang: str, decimals: int = 1, sign: bool = False) -> str:
    """A number as written in `lang`: `+0,5` in German, `+0.5` in English (no thousands grouping)."""
    text = f"{value:+.{decimals}f}" if sign else f"{value:.{decimals}f}"
    if text.lstrip("+-").strip("0.") == "":  # zero has no sign: never "-0.0"
        text = text.lstrip("+-")
    return text.replace(".", ",") if lang == "de" else text


def percent(share: float, lang: str) -> str:
    """A share 0..1 as a whole percentage: `40 %` in German (with a space), `40%` in English."""
    return f"{share * 100:.0f}\u00a0%" if lang == "de" else f"{share:.0%}"


def check_report(file: str, data: ProjectData, analysis, counts: dict[str, int], lang: str) -> list[str]:
    """The lines `journeymap check` prints for a valid journey, in `lang` (numbers too: `+0,5` in German)."""
    quote = ("„{}“" if lang == "de" else "{!r}")
    title = " " + quote.format(data.meta.title) if data.meta.title else ""
    lines = [_say("valid", lang, file=file, title=title, **{k: counts[k] for k in ("touchpoints", "links",
                                                                                  "personas")})]
    names = {p.id: p.name.get(lang) or p.id for p in data.phase_model.phases}
    width = max(len(n) for n in names.values())
    for stats in analysis.phases:
        parts = [_say("phase", lang, touchpoints=stats.touchpoints)]
        if stats.digital_share is not None:
            parts.append(_say("digital", lang, share=percent(stats.digital_share, lang)))
        if stats.mean_emotion is not None:
            parts.append(_say("mood", lang, mood=decimal(stats.mean_emotion, lang, sign=True)))
        lines.append(f"  {names[stats.phase]:<{width}}  " + ", ".join(parts))
    paths = f"{len(analysis.paths.paths)}{'+' if analysis.paths.capped else ''}"
    lines.append("  " + _say("loop", lang, state=_say("closed" if analysis.loop_closed else "open", lang),
                             paths=paths))
    if analysis.findings:
        lines.append(_say("findings", lang, count=len(analysis.findings)))
        lines += [f"  {finding.severity:<7}  {finding.code}: {finding.message}" for finding in analysis.findings]
    else:
        lines.append(_say("none", lang))
    return lines
