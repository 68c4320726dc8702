"""Import touchpoints from CSV, in the columns journeymap's CSV export writes (see docs/interchange.md).

Rows with the same `id` are one touchpoint; each row may carry one KPI and one opportunity (`csv_opportunities`),
so a touchpoint takes as many rows as it has KPIs or opportunities. Phases are AIDA(LA) phases, named by id or by
German/English name. CSV carries no links.
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from journeymap.catalogue import catalogue
from journeymap.interchange.build import finish, now, resolve_language
from journeymap.interchange.csv_opportunities import (
    BLUEPRINT_COLUMNS,
    OPPORTUNITY_COLUMNS,
    Opportunities,
    blueprint,
    has_opportunity,
)
from journeymap.interchange.errors import InterchangeError
from journeymap.interchange.guard import unguard
from journeymap.interchange.matching import guess_language, match_phase
from journeymap.interchange.messages import OneOf
from journeymap.interchange.source import decode, validated
from journeymap.model import Kpi, Meta, ProjectData, Touchpoint, new_id
from journeymap.model.limits import ID_PATTERN, MAX_TOUCHPOINTS
from journeymap.model.phases import AIDALA_IDS, aidala

if TYPE_CHECKING:
    from _csv import Reader  # what `csv.reader` returns

TOUCHPOINT_COLUMNS = ("id", "phase", "label", "catalogue_id", "kind", "contact", "emotion", "emotion_note",
                      "pain_points", "owner", *BLUEPRINT_COLUMNS, "ideas")  # ideas: exports of schema 1
KPI_COLUMNS = ("kpi_name", "kpi_unit", "kpi_target", "kpi_actual", "kpi_better")
COLUMNS = TOUCHPOINT_COLUMNS + KPI_COLUMNS + OPPORTUNITY_COLUMNS
REQUIRED = ("phase", "label")
_LISTS = ("pain_points", "ideas", "evidence", "frontstage", "backstage", "support")  # items joined with `|`, each
# guarded on its own by the export
MAX_KPIS = 100_000  # in the whole file (the journey must still fit the 20 MB file limit)
_CHOICES = {
    "kind": {"digital": "digital", "analogue": "analogue", "analog": "analogue"},
    "contact": {"direct": "direct", "indirect": "indirect", "direkt": "direct", "indirekt": "indirect"},
    "kpi_better": {"higher": "higher", "lower": "lower", "hoeher": "higher", "höher": "higher",
                   "niedriger": "lower"},
}
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def read_csv(content: bytes | str, lang: str | None = None) -> ProjectData:
    """A journey (AIDA(LA) phases, no links) from CSV text; `InterchangeError` naming the line otherwise."""
    lines = decode(content).split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise InterchangeError.coded("empty")
    sep = None
    if re.fullmatch(r"sep=.", lines[first].strip(), re.I):  # Excel's separator hint
        sep, first = lines[first].strip()[-1], first + 1
    reader = csv.reader(io.StringIO("\n".join(lines[first:]), newline=""), delimiter=sep or _separator(
        lines[first] if first < len(lines) else ""), strict=True)
    rows = _records(reader, offset=first)
    header_line, header = next(rows, (first + 1, []))
    columns = _columns(header, header_line)
    touchpoints: dict[str, Touchpoint] = {}
    seen: dict[str, tuple[int, dict[str, str]]] = {}
    kpis: dict[str, list[Kpi]] = {}
    filled: dict[str, int] = {}
    langs: list[str | None] = []
    opportunities = Opportunities()
    kpi_count = 0
    for line, row in rows:
        if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
            raise InterchangeError.coded("too_many_fields", line, fields=len(row), header=len(header))
        values = {name: _value(name, row[i]) if i < len(row) else "" for name, i in columns.items()}
        if _journey_wide(values, line):
            opportunities.add_row(values, None, line)
            continue
        tid = values.get("id", "") or new_id("tp")
        if tid in seen:
            _same_touchpoint(tid, values, seen[tid], line)
        else:
            if len(touchpoints) >= MAX_TOUCHPOINTS:
                raise InterchangeError.coded("too_many_touchpoints", line, limit=MAX_TOUCHPOINTS)
            tp, phase_lang = _touchpoint(tid, values, line, filled)
            touchpoints[tid], seen[tid] = tp, (line, values)
            langs.append(phase_lang)
            filled[tp.phase] = filled.get(tp.phase, 0) + 1
            opportunities.add_ideas(_items(values.get("ideas", "")), tid, line)
        opportunities.add_row(values, tid, line)
        kpi = _kpi(values, line)
        if kpi is not None:
            kpi_count += 1
            if kpi_count > MAX_KPIS:
                raise InterchangeError.coded("too_many_kpis", line, limit=MAX_KPIS)
            kpis.setdefault(tid, []).append(kpi)
    result = tuple(tp.model_copy(update={"kpis": tuple(kpis.get(tid, ()))}) for tid, tp in touchpoints.items())
    language = resolve_language(lang, guess_language(langs))
    meta = Meta(language=language, created=now(), modified=now())
    return finish(meta=meta, phase_model=aidala(), touchpoints=result, opportunities=opportunities.result())


def _journey_wide(values: dict[str, str], line: int) -> bool:
    """Is this a row of an opportunity that belongs to no touchpoint (no touchpoint columns, an opportunity)?"""
    if any(values.get(c) for c in TOUCHPOINT_COLUMNS) or not has_opportunity(values):
        return False
    given = next((c for c in KPI_COLUMNS if values.get(c)), None)
    if given is not None:
        raise InterchangeError.coded("kpi_without_touchpoint", line, column=given)
    return True


def _separator(header: str) -> str:
    """`;` unless the header is clearly separated by `,` or tabs (more known column names that way)."""
    def known(sep: str) -> int:
        try:
            cells = next(csv.reader([header], delimiter=sep), [])
        except csv.Error:  # e.g. a field over the csv module's size limit: reading the rows will say so
            return 0
        return sum(_column_name(cell) in COLUMNS for cell in cells)

    return max((";", ",", "\t"), key=known)  # max keeps the first of equals, so `;` wins ties


def _field_limit(reason: str) -> int | None:
    """The limit in the csv module's "field larger than field limit (N)", said in our words (None: another)."""
    match = re.fullmatch(r"field larger than field limit \((\d+)\)", reason)
    return int(match.group(1)) if match else None


def _records(reader: Reader, offset: int) -> Iterator[tuple[int, list[str]]]:
    """(line number of the record's first line, fields) for every non-blank record."""
    start = reader.line_num
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "end of data" in str(exc):
                raise InterchangeError.coded("unclosed_quote", offset + start + 1) from None
            if (limit := _field_limit(str(exc))) is not None:
                raise InterchangeError.coded("field_too_long", offset + reader.line_num, limit=limit) from None
            if re.fullmatch(r"'.' expected after '\"'", str(exc)):
                raise InterchangeError.coded("text_after_quote", offset + reader.line_num) from None
            raise InterchangeError.coded("invalid_csv", offset + reader.line_num, detail=str(exc)) from None
        line, start = offset + start + 1, reader.line_num
        if any(cell.strip() for cell in row):
            yield line, row


def _column_name(cell: str) -> str:
    return "_".join(cell.strip().strip('"').casefold().replace("-", " ").split())


def _columns(header: list[str], line: int) -> dict[str, int]:
    """Known column name → index; the required columns must be there, each column at most once."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = _column_name(cell)
        if name in COLUMNS:
            if name in columns:
                raise InterchangeError.coded("column_twice", line, name=name)
            columns[name] = index
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise InterchangeError.coded("columns_missing", line, missing=", ".join(missing), columns="; ".join(COLUMNS))
    return columns


def _touchpoint(tid: str, values: dict[str, str], line: int, filled: dict[str, int]) -> tuple[Touchpoint, str | None]:
    if not re.fullmatch(ID_PATTERN, tid):
        raise InterchangeError.coded("bad_id", line, id=tid[:70])
    match = match_phase(values["phase"]) if values["phase"] else None
    if match is None:
        phases = ", ".join(AIDALA_IDS)
        if values["phase"]:
            raise InterchangeError.coded("unknown_phase", line, phase=values["phase"][:70], phases=phases)
        raise InterchangeError.coded("empty_phase", line, phases=phases)
    if not values["label"]:
        raise InterchangeError.coded("empty_label", line)
    entry = catalogue().find(values.get("catalogue_id")) if values.get("catalogue_id") else None
    tp = validated(
        Touchpoint, line, id=tid, phase=match.phase_id, label=values["label"],
        position=float(filled.get(match.phase_id, 0)),
        catalogue_id=values.get("catalogue_id") or None,
        kind=_choice(values, "kind", line) or (entry.kind if entry else "digital"),
        contact=_choice(values, "contact", line) or (entry.contact if entry else "direct"),
        emotion=_emotion(values.get("emotion", ""), line),
        emotion_note=values.get("emotion_note", ""),
        pain_points=_items(values.get("pain_points", "")),
        owner=values.get("owner", ""),
        blueprint=blueprint(values, line, unguard),
    )
    return tp, match.lang


def _same_touchpoint(tid: str, values: dict[str, str], first: tuple[int, dict[str, str]], line: int) -> None:
    """A further row of a touchpoint (another KPI) must not contradict its first row."""
    first_line, first_values = first
    for name in TOUCHPOINT_COLUMNS:
        if values.get(name) and values[name] != first_values.get(name):
            raise InterchangeError.coded("touchpoint_disagrees", line, id=tid, column=name, first=first_line)


def _choice(values: dict[str, str], column: str, line: int) -> str | None:
    text = values.get(column, "")
    if not text:
        return None
    choice = _CHOICES[column].get(text.casefold())
    if choice is None:
        allowed = OneOf(dict.fromkeys(_CHOICES[column].values()))
        raise InterchangeError.coded("bad_choice", line, column=column, allowed=allowed, text=text[:40])
    return choice


def _value(column: str, cell: str) -> str:
    """A cell's text without outer spaces and the export's guard; a list keeps the guards of its items (`_items`)."""
    return cell.strip() if column in _LISTS else unguard(cell)


def _items(text: str) -> tuple[str, ...]:
    return tuple(unguard(item) for item in text.split("|") if item.strip())


def number(text: str, column: str, line: int) -> float | None:
    """A number written with a decimal point or a German decimal comma (`2,5`, `1.234,5`); None when empty."""
    t = "".join(text.split())  # also drops (narrow) no-break spaces used as thousands separators
    if not t:
        return None
    if "," in t and "." in t:
        t = t.replace(".", "").replace(",", ".") if t.rfind(",") > t.rfind(".") else t.replace(",", "")
    elif "," in t and t.count(",") == 1:
        t = t.replace(",", ".")
    elif "," not in t and t.count(".") > 1:
        t = t.replace(".", "")  # 1.234.567: dots as thousands separators
    if not _NUMBER.fullmatch(t) or not math.isfinite(value := float(t)) or abs(value) > 1e15:
        raise InterchangeError.coded("not_a_number", line, column=column, text=text[:40])
    return value


def _emotion(text: str, line: int) -> int | None:
    value = number(text, "emotion", line)
    if value is None:
        return None
    if value != int(value) or not -2 <= value <= 2:
        raise InterchangeError.coded("bad_emotion", line, text=text)
    return int(value)


def _kpi(values: dict[str, str], line: int) -> Kpi | None:
    if not values.get("kpi_name"):
        given = [c for c in KPI_COLUMNS[1:] if values.get(c)]
        if given:
            raise InterchangeError.coded("kpi_name_empty", line, column=given[0])
        return None
    return validated(
        Kpi, line, name=values["kpi_name"], unit=values.get("kpi_unit", ""),
        target=number(values.get("kpi_target", ""), "kpi_target", line),
        actual=number(values.get("kpi_actual", ""), "kpi_actual", line),
        better=_choice(values, "kpi_better", line) or "higher",
    )
