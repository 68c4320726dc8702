"""CSV import of touchpoints in the CSV export's columns: values, tolerance, and malformed rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.interchange import InterchangeError, read_csv
from journeymap.interchange.csv_import import number
from journeymap.model import Blueprint, BlueprintRow, Kpi, Opportunity, ProjectData

FIXTURE = Path(__file__).parent / "fixtures" / "interchange" / "touchpoints.csv"
# the columns of a schema-1 export (ideas, no blueprint rows or opportunities): still imported as they are
COLUMNS = ("id", "phase", "label", "catalogue_id", "kind", "contact", "emotion", "emotion_note", "pain_points", "ideas",
           "owner", "kpi_name", "kpi_unit", "kpi_target", "kpi_actual", "kpi_better")
HEADER = ";".join(COLUMNS)


def csv_of(*rows: str, header: str = HEADER) -> str:
    return "\n".join([header, *rows]) + "\n"


def row(tid: str = "t1", phase: str = "attention", label: str = "Website", **cells: str) -> str:
    values = {"id": tid, "phase": phase, "label": label, **cells}
    return ";".join(values.get(column, "") for column in COLUMNS)


def test_fixture_in_the_export_format():
    data = read_csv(FIXTURE.read_bytes(), "de")
    assert data.phase_model.id == "aidala" and data.meta.language == "de"
    assert [t.id for t in data.touchpoints] == ["fair", "web", "call", "shop", "news", "review"]
    assert data.links == () and data.personas == ()
    fair = data.touchpoints[0]
    assert (fair.phase, fair.label, fair.catalogue_id, fair.kind, fair.contact) == (
        "attention", "Messestand", "trade_fair_stand", "analogue", "direct")
    assert (fair.emotion, fair.emotion_note, fair.owner) == (1, "Gute Gespräche", "Vertrieb")
    assert fair.pain_points == ("Lange Wartezeit", "Kein Prospekt")
    assert [(o.text, o.status, o.touchpoint_ids) for o in data.opportunities] == [  # the old ideas column
        ("QR-Code am Stand", "idea", ("fair",)), ("Rückruf in 2 h", "idea", ("call",))]
    assert fair.kpis == (Kpi(name="Leads", unit="Anzahl", target=40, actual=35),
                         Kpi(name="Kosten je Lead", unit="€", target=120.5, actual=98.75, better="lower"))
    call = data.touchpoints[2]
    assert call.label == "Anruf; Rückfrage" and call.emotion_note == "Lange in der\nWarteschleife"
    assert call.kpis == () and call.catalogue_id is None and call.kind == "analogue"
    assert data.touchpoints[4].emotion is None and data.touchpoints[4].kpis == ()
    assert data.touchpoints[5].contact == "indirect"
    assert data.touchpoints[5].kpis[0].target == 1200 and data.touchpoints[5].kpis[0].actual == 1234.5


def test_bom_crlf_and_comma_separator():
    text = FIXTURE.read_text("utf-8")
    expected = read_csv(text, "de").touchpoints
    bom_crlf = ("\ufeff" + text.replace("\n", "\r\n")).encode("utf-8")
    assert read_csv(bom_crlf, "de").touchpoints == expected
    comma = csv_of('w1,interest,"Website, neu",,,,1,,,,,Besuche,,"1,5",2,', header=",".join(COLUMNS))
    tp = read_csv(comma, "de").touchpoints[0]
    assert (tp.label, tp.emotion, tp.kpis[0].target) == ("Website, neu", 1, 1.5)
    hinted = "sep=,\n" + ",".join(COLUMNS) + "\nw1,interest,Website\n"
    assert read_csv(hinted, "de").touchpoints[0].label == "Website"


def test_minimal_columns_and_names_instead_of_ids():
    data = read_csv("Label;Phase\nWebsite;Interesse\nShop;Kaufphase\nBlog;interesse\n")
    assert [(t.label, t.phase, t.position) for t in data.touchpoints] == [
        ("Website", "interest", 0), ("Shop", "action", 0), ("Blog", "interest", 1)]
    assert len({t.id for t in data.touchpoints}) == 3 and data.meta.language == "de"


def test_catalogue_gives_kind_and_contact_when_empty():
    tp = read_csv(csv_of(row(catalogue_id="word_of_mouth", label="Empfehlung")), "de").touchpoints[0]
    assert (tp.kind, tp.contact) == ("analogue", "indirect")
    tp = read_csv(csv_of(row(catalogue_id="word_of_mouth", kind="digital", contact="direkt")), "de").touchpoints[0]
    assert (tp.kind, tp.contact) == ("digital", "direct")


def test_header_only_is_an_empty_journey():
    data = read_csv(HEADER + "\n", "en")
    assert data.touchpoints == () and data.phase_model.id == "aidala"


@pytest.mark.parametrize(("text", "expected"), [
    ("3", 3), ("-2,5", -2.5), ("1.234,5", 1234.5), ("1,234.5", 1234.5), ("0,75", 0.75), ("1.5e3", 1500),
    ("1 234,5", 1234.5), ("1.234.567", 1234567), ("", None), (" +4 ", 4),
])
def test_numbers_with_german_decimal_comma(text, expected):
    assert number(text, "kpi_target", 2) == expected


@pytest.mark.parametrize("text", ["abc", "1,2,3", "nan", "inf", "1e999", "3 %", "--1"])
def test_not_numbers(text):
    with pytest.raises(InterchangeError, match="is not a number") as info:
        number(text, "kpi_target", 7)
    assert info.value.line == 7


@pytest.mark.parametrize(("text", "line", "words"), [
    (csv_of(row(), row("t2", phase="Nachkauf")), 3, "unknown phase 'Nachkauf'"),
    (csv_of(row(phase="")), 2, "the phase is empty"),
    (csv_of(row(label="")), 2, "the label is empty"),
    ("id;label\nt1;Website\n", 1, "required column(s) phase are missing"),
    ("id,name\n1,2\n", 1, "phase, label are missing"),
    ("phase;label;phase\nattention;x;attention\n", 1, "'phase' appears twice"),
    (csv_of(row(), row("t2", emotion="3")), 3, "whole number from -2 to +2"),
    (csv_of(row(emotion="1,5")), 2, "whole number from -2 to +2"),
    (csv_of(row(emotion="gut")), 2, "is not a number"),
    (csv_of(row(kpi_name="Leads", kpi_target="viele")), 2, "kpi_target 'viele' is not a number"),
    (csv_of(row(kpi_target="40")), 2, "kpi_target is given but kpi_name is empty"),
    (csv_of(row(kpi_name="Leads", kpi_better="more")), 2, "kpi_better must be higher or lower"),
    (csv_of(row(kind="hybrid")), 2, "kind must be digital or analogue"),
    (csv_of(row(), "", row(label="Andere")), 4, "another label than on line 2"),
    (csv_of(row(tid="a b")), 2, "may only hold letters"),
    (csv_of(row() + ";;extra"), 2, "the row has 18 fields but the header only 16"),
    (csv_of(row(), 't2;attention;"never closed\n'), 3, "quoted field that starts here is not closed"),
    (csv_of(row(), 't2;attention;"bad"quote;'), 3, "goes on after its closing quotation mark"),
    (csv_of(row(label="x" * 10_001)), 2, "at most 10000 characters"),
    (csv_of(row(), row("t2", label="y" * 140_000)), 3, "a field is longer than 131,072 characters"),
    (b"phase;label\nattention;M\xc3\xbcller\nattention;\xff\xfe\n", 3, "not UTF-8"),  # UTF-8 mixed with other bytes
    (b"phase;label\nattention;ok\nattention;\x81\n", 3, "not UTF-8"),  # a byte Windows-1252 lacks
])
def test_malformed_rows_name_the_line(text, line, words):
    with pytest.raises(InterchangeError) as info:
        read_csv(text, "de")
    assert info.value.line == line and words in info.value.reason, str(info.value)


def test_trailing_empty_fields_and_blank_lines_are_fine():
    data = read_csv(csv_of(row() + ";;;", "", ";;;;", row("t2")), "de")
    assert [t.id for t in data.touchpoints] == ["t1", "t2"]


def test_same_id_rows_may_leave_touchpoint_columns_empty():
    text = csv_of(row(kpi_name="A"), ";".join(["t1"] + [""] * 10 + ["B"] + [""] * 4))
    assert [k.name for k in read_csv(text, "de").touchpoints[0].kpis] == ["A", "B"]


@pytest.mark.parametrize("content", [b"", b"\n \n", "\ufeff".encode()])
def test_empty_file(content):
    with pytest.raises(InterchangeError, match="empty") as info:
        read_csv(content, "de")
    assert info.value.line is None


def test_too_many_touchpoints():
    text = "phase;label\n" + "attention;x\n" * 10_001
    with pytest.raises(InterchangeError, match="more than 10,000 touchpoints") as info:
        read_csv(text, "de")
    assert info.value.line == 10_002


def test_huge_and_binary_files():
    with pytest.raises(InterchangeError, match="larger than 20 MB"):
        read_csv(b"phase;label\n" + b"x" * (20 * 1024 * 1024), "de")
    with pytest.raises(InterchangeError, match="control character") as info:
        read_csv(b"phase;label\nattention;x\n\x00\x01\x02", "de")
    assert info.value.line == 3


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(
    st.text(max_size=300),
    st.binary(max_size=300),
    st.lists(st.sampled_from([";", ",", "\n", '"', "phase", "label", "attention", "kpi_name", "1,5", "x", "|",
                              "sep=;", "\ufeff", "\r"]) | st.text(max_size=4), max_size=50).map("".join),
))
def test_random_input_raises_only_interchange_errors(content):
    try:
        data = read_csv(content, "en")
    except InterchangeError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(data, ProjectData)


def test_kpi_rows_and_file_size_are_capped(monkeypatch):
    from journeymap.interchange import build, csv_import

    monkeypatch.setattr(csv_import, "MAX_KPIS", 2)
    with pytest.raises(InterchangeError, match="more than 2 KPI rows") as info:
        read_csv(csv_of(*(row(kpi_name=f"K{i}") for i in range(3))), "de")
    assert info.value.line == 4
    monkeypatch.setattr(build, "MAX_FILE_BYTES", 1000)
    with pytest.raises(InterchangeError, match="would make a file larger than"):
        read_csv(csv_of(row(label="x" * 2000)), "de")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_round_trip_with_the_csv_export(lang):
    csv_export = pytest.importorskip("journeymap.export.csv_export")
    from tests.conftest import make_sample

    sample = make_sample()
    tricky = sample.touchpoints[0].model_copy(update={
        "label": "=SUMME(A1)", "owner": "@team", "emotion_note": "-gut-", "pain_points": ("+teuer", "lang; zäh"),
        "blueprint": Blueprint(evidence=BlueprintRow(texts=("=Rechnung", "Lieferschein; Kopie")),
                               backstage=BlueprintRow(texts=("prüfen",), owner="-AV")),
        "kpis": (Kpi(name="-Quote", unit="%", target=1234.5, actual=-0.25, better="lower"),
                 Kpi(name="Leads", target=3))})
    opportunities = (
        Opportunity(id="o1", text="=x", touchpoint_ids=("fair", "call"), owner="+Vertrieb", status="planned",
                    impact=3, effort=1),
        Opportunity(id="o2", text="y", touchpoint_ids=("fair",), status="in_progress", impact=2),
        Opportunity(id="o3", text="für alle", status="done", effort=3),
        *sample.opportunities)
    original = sample.model_copy(update={"touchpoints": (tricky, *sample.touchpoints[1:]),
                                         "opportunities": opportunities})
    back = read_csv(csv_export.render_csv(original, lang), lang)
    fields = ("id", "phase", "label", "catalogue_id", "kind", "contact", "emotion", "emotion_note", "pain_points",
              "owner", "kpis", "blueprint")
    assert [[getattr(t, f) for f in fields] for t in back.touchpoints] == [
        [getattr(t, f) for f in fields] for t in original.touchpoints]
    assert sorted(back.opportunities, key=lambda o: o.id) == sorted(original.opportunities, key=lambda o: o.id)


def test_a_field_over_the_csv_limit_is_named_in_german_too():
    text = csv_of(row(), row("t2", label="y" * 140_000))
    with pytest.raises(InterchangeError) as info:
        read_csv(text, "de")
    assert info.value.line == 3
    assert "ein Feld ist länger als 131.072 Zeichen" in info.value.message("de")
    assert "field limit" not in info.value.message("de")


def test_text_after_a_closing_quote_is_named_in_our_words():
    text = csv_of(row(), row("t2", label='"Flyer" am Stand'))
    with pytest.raises(InterchangeError) as info:
        read_csv(text, "de")
    assert info.value.line == 3
    assert info.value.message("de") == ("Zeile 3: ein Feld in Anführungszeichen geht nach dem schließenden "
                                        'Anführungszeichen weiter; ein Anführungszeichen im Feld wird doppelt '
                                        'geschrieben ("")')
    assert "expected after" not in str(info.value)
