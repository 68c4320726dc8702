"""Fuzzing the imports (issue 12): generated Mermaid journeys and CSV files, in every encoding we read, give a
journey or one `InterchangeError` line, never another exception; random valid journeys survive CSV and
Mermaid export and import. `make fuzz` runs 10,000 cases of each kind."""

from __future__ import annotations

import csv
import io
import string

from hypothesis import given
from hypothesis import strategies as st

from journeymap.export import render_csv
from journeymap.fileformat import dumps, loads
from journeymap.interchange import COLUMNS, InterchangeError, read_csv, read_mermaid, write_mermaid
from journeymap.interchange.mermaid import UNASSESSED
from journeymap.model import STATUSES, Blueprint, BlueprintRow, Kpi, Meta, Opportunity, Persona, ProjectData, Touchpoint
from journeymap.model.phases import AIDALA_IDS
from tests.fuzzing import FUZZ, fuzz

# ------------------------------------------------------------------------------------------------- pieces
NUMBERS = st.one_of(
    st.integers(-(10 ** 500), 10 ** 500).map(str),
    st.integers(0, 6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.text("0123456789.,+-eE ", max_size=60),
    st.sampled_from(["9" * 400, "-" + "9" * 400, "1" + "0" * 5000, "1e999", "nan", "inf", "3.0", "٣", "²"]),
)
ENTITIES = st.one_of(
    st.integers(0, 10 ** 40).map(lambda n: f"#{n};"),
    st.text(string.ascii_letters + string.digits, min_size=1, max_size=12).map(lambda s: f"#{s};"),
    st.sampled_from(["#" + "9" * 5000 + ";", "#58;", "#35;", "#59;", "#10;", "#155;", "#8238;", "#0;", "#colon;"]),
)
ODD = st.sampled_from(["<br>", "<br/>", "<BR />", "<br", ":", "#", ";", "%%", "\u202e", "\u2066", "\x85", "\x9b",
                       "\t", " ", "\u2028", "'", '"', "=", "|", "}", "{", "ä", "€", "\ufeff", "\r"])
WORDS = st.one_of(st.text(max_size=12), ODD, ENTITIES, NUMBERS)
NAMES = st.lists(WORDS, max_size=6).map("".join)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])


def encoded(text_strategy):
    return st.tuples(text_strategy, ENCODINGS).map(lambda pair: pair[0].encode(pair[1], "replace"))


# ------------------------------------------------------------------------------------------------- Mermaid
TASKS = st.tuples(NAMES, NUMBERS, st.lists(NAMES, max_size=4)).map(
    lambda t: f"  {t[0]}: {t[1]}" + (f": {', '.join(t[2])}" if t[2] else ""))
LINES = st.one_of(
    TASKS, TASKS, NAMES.map(lambda n: f"section {n}"), NAMES.map(lambda n: f"title {n}"),
    NAMES.map(lambda n: f"accTitle: {n}"), NAMES.map(lambda n: f"accDescr: {n}"), st.just("accDescr {"),
    st.just("}"), NAMES.map(lambda n: "%% " + n), st.just(UNASSESSED), st.just("---"), st.just("```"),
    st.text(max_size=40),
)
MERMAID = st.lists(LINES, max_size=30).map(lambda lines: "journey\n" + "\n".join(lines))
MERMAID_INPUT = st.one_of(MERMAID, encoded(MERMAID), st.binary(max_size=400), st.text(max_size=200))


def imports_or_refuses(read, content) -> None:
    """`read(content)` gives a journey that saves and loads again, or one `InterchangeError` line."""
    try:
        data = read(content)
    except InterchangeError as exc:
        assert "\n" not in str(exc) and str(exc)
    else:
        assert isinstance(data, ProjectData)
        assert loads(dumps(data)) == data


@fuzz
@FUZZ
@given(MERMAID_INPUT)
def test_mermaid_import(content):
    imports_or_refuses(lambda c: read_mermaid(c, "en"), content)


# ------------------------------------------------------------------------------------------------- CSV
CELLS = st.one_of(
    st.text(max_size=20), NUMBERS, ODD,
    st.sampled_from(["attention", "Kaufphase", "Informationsphase", "digital", "analog", "direkt", "höher",
                     "'=1", " =x", "''", "|", "1.234,5", "-0", "website", "x" * 70, "t-1", "t 1"]),
)
HEADERS = st.lists(st.sampled_from([*COLUMNS, "junk", "Phase", " LABEL ", "kpi-name", ""]), max_size=18)


@st.composite
def csv_texts(draw) -> str:
    sep = draw(st.sampled_from([";", ",", "\t"]))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=sep, quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
                        lineterminator=draw(st.sampled_from(["\n", "\r\n"])))
    header = draw(st.one_of(HEADERS, st.just(["phase", "label", "kpi_name", "kpi_target"])))
    writer.writerow(header)
    for row in draw(st.lists(st.lists(CELLS, max_size=len(header) + 2), max_size=12)):
        writer.writerow(row)
    prefix = draw(st.sampled_from(["", f"sep={sep}\n", "\n\n"]))
    return prefix + out.getvalue() + draw(st.sampled_from(["", '"', "\x00", "\n"]))


CSV_INPUT = st.one_of(csv_texts(), encoded(csv_texts()), st.binary(max_size=400), st.text(max_size=200))


@fuzz
@FUZZ
@given(CSV_INPUT)
def test_csv_import(content):
    imports_or_refuses(lambda c: read_csv(c, "de"), content)


# ------------------------------------------------------------------------------------------------- export
TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters=[
    *map(chr, range(0, 9)), *map(chr, range(11, 32)), *map(chr, range(0x7F, 0xA0)),
    *map(chr, range(0x202A, 0x202F)), *map(chr, range(0x2066, 0x206A))]), max_size=25)
LABELS = TEXT.filter(str.strip)


@st.composite
def journeys(draw) -> ProjectData:
    count = draw(st.integers(1, 8))
    touchpoints = tuple(Touchpoint(
        id=f"t{i}", label=draw(LABELS), phase=draw(st.sampled_from(AIDALA_IDS)), position=i,
        emotion=draw(st.none() | st.integers(-2, 2)), owner=draw(TEXT),
        blueprint=Blueprint(frontstage=BlueprintRow(texts=tuple(draw(st.lists(LABELS, max_size=2))), owner=draw(TEXT))),
        kpis=tuple(Kpi(name=draw(LABELS), unit=draw(TEXT), target=draw(st.none() | st.floats(-1e6, 1e6)))
                   for _ in range(draw(st.integers(0, 2)))),
    ) for i in range(count))
    personas = tuple(Persona(id=f"p{i}", name=draw(LABELS), touchpoint_ids=tuple(t.id for t in touchpoints[i::2]))
                     for i in range(draw(st.integers(0, 2))))
    ids = [t.id for t in touchpoints]
    opportunities = tuple(Opportunity(
        id=f"o{i}", text=draw(LABELS), owner=draw(TEXT), status=draw(st.sampled_from(STATUSES)),
        touchpoint_ids=tuple(draw(st.lists(st.sampled_from(ids), max_size=2, unique=True))),
        impact=draw(st.none() | st.integers(1, 3)), effort=draw(st.none() | st.integers(1, 3)),
    ) for i in range(draw(st.integers(0, 3))))
    return ProjectData(meta=Meta(title=draw(TEXT)), touchpoints=touchpoints, personas=personas,
                       opportunities=opportunities)


@fuzz
@FUZZ
@given(journeys(), st.sampled_from(["de", "en"]))
def test_valid_journeys_survive_csv_and_mermaid(data, lang):
    back = read_csv(render_csv(data, lang), lang)
    assert [t.label for t in back.touchpoints] == [" ".join(t.label.splitlines()).strip() for t in _ordered(data)]
    assert sorted((o.id, o.status, o.impact, o.effort, set(o.touchpoint_ids)) for o in back.opportunities) == sorted(
        (o.id, o.status, o.impact, o.effort, set(o.touchpoint_ids)) for o in data.opportunities)
    mermaid = read_mermaid(write_mermaid(data, lang), lang)
    assert len(mermaid.touchpoints) == len(data.touchpoints)


def _ordered(data: ProjectData) -> list[Touchpoint]:
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    return sorted(data.touchpoints, key=lambda t: (order[t.phase], t.position))
