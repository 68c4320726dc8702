"""The commands `journeymap diff OLD NEW [--json] [--lang de|en] [-o REPORT.pdf]` and
`journeymap merge BASE OURS THEIRS -o OUT [--json]`. Qt-free.

`diff` exits 0 whenever both files could be read (different or not). `merge` exits 0 when the merge is clean and 3
(`EXIT_CONFLICT`) when it had conflicts: OUT is written all the same, with ours for each conflict, and every
conflict is named on stderr (`conflict: ENTITY ID FIELD: what happened; ours kept`) and in `--json`. OUT may be
OURS, so that git can use it as a merge driver (`journeymap merge %O %A %B -o %A`): that needs no `--force` and
is written without a `.bak` (git keeps the versions; a `.bak` would be left lying in the work tree). Every other
existing OUT needs `--force`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from journeymap.cli.errors import EXIT_OK, CliError
from journeymap.cli.output import prepare_output
from journeymap.cli.parser import Subcommands
from journeymap.cli.texts import count, listing
from journeymap.fileformat import JourneyFileError, allow_replacing, dumps, inspect, load, write_file
from journeymap.model.data import ProjectData

if TYPE_CHECKING:
    from journeymap.model.diff import JourneyDiff

EXIT_CONFLICT = 3
_TEXTS = {  # key: (English, German)
    "same": ("{old} → {new}: no differences", "{old} → {new}: keine Unterschiede"),
    "differ": ("{old} → {new}: {summary}", "{old} → {new}: {summary}"),
    "added": ("{n} added", "{n} neu"), "removed": ("{n} removed", "{n} entfernt"),
    "changed": ("{n} changed", "{n} geändert"), "properties": ("properties: {names}", "Eigenschaften: {names}"),
    "phases_order": ("phases in a new order", "Phasen in neuer Reihenfolge"),
    "report": ("change report written to {out} ({pages})", "Änderungsbericht nach {out} geschrieben ({pages})"),
    "merged": ("merged {theirs} into {out}: clean", "{theirs} in {out} zusammengeführt: ohne Konflikt"),
    "merged_conflicts": ("merged {theirs} into {out}: {n} conflicts, ours kept for each (see above)",
                         "{theirs} in {out} zusammengeführt: {n} Konflikte, jeweils unsere Fassung behalten "
                         "(siehe oben)"),
    "in_phase": ("in {phase}", "in {phase}"),
}
_KINDS = {"both_changed": "changed on both sides", "changed_removed": "changed in ours, removed in theirs",
          "removed_changed": "removed in ours, changed in theirs", "both_added": "added on both sides differently"}


def _say(key: str, lang: str, **values: object) -> str:
    english, german = _TEXTS[key]
    return (german if lang == "de" else english).format(**values)


def register(sub: Subcommands) -> None:
    """Add the `diff` and `merge` commands."""
    diff = sub.add_parser(
        "diff", help="show what changed between two versions of a journey",
        description="Compare two journey files: touchpoints, links, personas and phases added, removed and changed "
                    "(by id, with the fields and list elements that changed), and the journey's properties. "
                    "With -o, also write a change report PDF (as-is → to-be, phase by phase, with the emotion "
                    "curves of both). Exits 0 when both files were read, whether they differ or not.")
    diff.add_argument("old", metavar="OLD", help="the earlier (as-is) version")
    diff.add_argument("new", metavar="NEW", help="the later (to-be) version")
    diff.add_argument("--json", action="store_true", help="print the differences as JSON")
    diff.add_argument("--lang", choices=("de", "en"), default=None,
                      help="language of the output (default: the language of NEW)")
    diff.add_argument("-o", "--output", metavar="REPORT.pdf", default=None, help="also write a change report PDF")
    diff.add_argument("--force", action="store_true", help="overwrite REPORT.pdf if it exists")
    diff.set_defaults(run=run_diff)

    merge = sub.add_parser(
        "merge", help="three-way merge of two versions of a journey",
        description="Merge what OURS and THEIRS each changed since BASE, by ids and fields; lists inside a "
                    "touchpoint merge element by element. Exit 0: clean; exit 3: conflicts (OUT is written with "
                    "ours for each, and every conflict is named on stderr). OUT may be OURS (as a git merge "
                    "driver: journeymap merge %%O %%A %%B -o %%A); any other existing OUT needs --force.")
    merge.add_argument("base", metavar="BASE", help="the version both started from")
    merge.add_argument("ours", metavar="OURS", help="our version (kept where both changed the same thing)")
    merge.add_argument("theirs", metavar="THEIRS", help="their version")
    merge.add_argument("-o", "--output", required=True, metavar="OUT", help="the merged journey to write")
    merge.add_argument("--json", action="store_true", help="print the result and the conflicts as JSON")
    merge.add_argument("--force", action="store_true", help="overwrite OUT if it exists (OURS needs no --force)")
    merge.set_defaults(run=run_merge)


def _load(path: str) -> ProjectData:
    try:
        return load(path)
    except JourneyFileError as exc:
        raise CliError(path, exc.reason) from None


# ---------------------------------------------------------------- diff
def run_diff(args: argparse.Namespace) -> int:
    from journeymap.model.diff import diff_journeys

    old, new = _load(args.old), _load(args.new)
    out = prepare_output(args.output, args.force, (".pdf",), "the change report") if args.output else None
    lang = args.lang or new.meta.language
    diff = diff_journeys(old, new)
    if args.json:
        json.dump({"old": args.old, "new": args.new, "identical": not diff, **diff.to_json()}, sys.stdout,
                  ensure_ascii=False, indent=2)
        print()
    else:
        _print_diff(diff, args.old, args.new, lang)
    if out is not None:
        from journeymap.export.change_report import export_change_report

        names = (Path(args.old).name, Path(args.new).name)
        try:
            _, pages = export_change_report(old, new, out, lang, names=names)
        except JourneyFileError as exc:
            raise CliError(out, exc.reason) from None
        print(_say("report", lang, out=out, pages=count(pages, "page", lang)), file=sys.stderr if args.json
              else sys.stdout)
    return EXIT_OK


def _print_diff(diff: JourneyDiff, old: str, new: str, lang: str) -> None:
    from journeymap.export.change_texts import describe, field_name, word
    from journeymap.export.fonts import clip
    from journeymap.export.texts import quote

    if not diff:
        print(_say("same", lang, old=old, new=new))
        return
    parts = []
    for noun, changes in (("touchpoint", diff.touchpoints), ("link", diff.links), ("persona", diff.personas),
                          ("phase", diff.phases)):
        if changes:
            pieces = [_say(k, lang, n=len(v)) for k, v in (("added", changes.added), ("removed", changes.removed),
                                                           ("changed", changes.changed)) if v]
            parts.append(f"{count(len(changes.added) + len(changes.removed) + len(changes.changed), noun, lang)} "
                         f"({', '.join(pieces)})")
    if diff.phase_order:
        parts.append(_say("phases_order", lang))
    if diff.meta or diff.answers:
        shown = ", ".join(dict.fromkeys(field_name(f.field, lang) for f in (*diff.meta, *diff.answers)))
        parts.append(_say("properties", lang, names=shown))
    print(_say("differ", lang, old=old, new=new, summary=listing(parts, lang)))
    names = _names(diff.old, diff.new, lang)
    phase_of = {tp.id: tp.phase for tp in (*diff.old.touchpoints, *diff.new.touchpoints)}
    for noun, changes in (("touchpoint", diff.touchpoints), ("link", diff.links), ("persona", diff.personas),
                          ("phase", diff.phases)):
        title = word(noun, lang)
        for mark, ids in (("+", changes.added), ("−", changes.removed)):
            for item in ids:
                where = f" {_say('in_phase', lang, phase=names(phase_of[item]))}" if noun == "touchpoint" else ""
                print(f"  {mark} {title} {quote(clip(changes.label(item), 80), lang)} ({item}){where}")
        for change in changes.changed:
            print(f"  Δ {title} {quote(clip(change.label, 80), lang)} ({change.id})")
            for field in change.fields:
                print(f"      {describe(field, lang, names)}")
    for field in (*diff.meta, *diff.answers):
        print(f"  Δ {word('meta', lang)}: {describe(field, lang, names)}")


def _names(old: ProjectData, new: ProjectData, lang: str) -> Callable[[str], str]:
    """Ids as names for the printed lines: phases by name, touchpoints by label, links as 'from → to'."""
    from journeymap.export.fonts import clip

    names: dict[str, str] = {}
    for data in (old, new):
        names.update({p.id: p.name.get(lang) or p.id for p in data.phase_model.phases})
        labels = {tp.id: tp.label for tp in data.touchpoints}
        names.update({link.id: f"{labels[link.source]} → {labels[link.target]}" for link in data.links})
        names.update(labels)
    return lambda item: clip(names.get(item, item), 60)


# ---------------------------------------------------------------- merge
def run_merge(args: argparse.Namespace) -> int:
    from journeymap.model.merge import MergeError, merge_journeys, version_to_write

    base, ours, theirs = _load(args.base), _load(args.ours), _load(args.theirs)
    out = _merge_target(args.output, args.ours, args.force)
    try:
        result = merge_journeys(base, ours, theirs)
    except MergeError as exc:
        raise CliError(None, f"{args.ours} + {args.theirs}: {exc}") from None
    now = datetime.now(UTC).isoformat(timespec="seconds")
    data = version_to_write(result, ours, theirs, now)
    try:
        write_file(dumps(data), out, backup=False)
    except JourneyFileError as exc:
        raise CliError(out, exc.reason) from None
    for conflict in result.conflicts:
        item = f" [{conflict.item}]" if conflict.item else ""
        where = " ".join(part for part in (conflict.entity, conflict.id, conflict.field) if part)
        print(f"conflict: {where}{item}: {_KINDS[conflict.kind]}; ours kept", file=sys.stderr)
    lang = ours.meta.language
    if args.json:
        json.dump({"output": str(out), "clean": result.clean, "conflicts": [c.to_json() for c in result.conflicts]},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif result.clean:
        print(_say("merged", lang, theirs=args.theirs, out=out))
    else:
        print(_say("merged_conflicts", lang, theirs=args.theirs, out=out, n=len(result.conflicts)))
    return EXIT_OK if result.clean else EXIT_CONFLICT


def _merge_target(output: str, ours: str, force: bool) -> Path:
    """OUT checked before merging: OURS may be replaced without --force (unless write-protected), any other
    existing file only with it."""
    out = Path(output)
    if not _same_file(out, Path(ours)):
        return prepare_output(out, force, (".journey",), "the merged journey")
    try:
        target = inspect(out)
    except JourneyFileError as exc:
        raise CliError(out, exc.reason) from None
    if not target.writable:
        if not force:
            raise CliError(out, "is write-protected (use --force to replace it all the same)")
        allow_replacing(out)
    return out


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
