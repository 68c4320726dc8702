"""CSV export: BOM, `;`, one row per KPI, German decimal comma, lists joined, spreadsheet-safe text."""

from __future__ import annotations

import csv
import io

from journeymap.export import CSV_COLUMNS, export_csv, render_csv
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import Blueprint, BlueprintRow, Kpi, Opportunity, ProjectData, Touchpoint


def _rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def _data() -> ProjectData:
    return ProjectData(touchpoints=(
        Touchpoint(id="b", label="Rückruf; später", phase="interest", emotion=-1, pain_points=("Wartezeit", "Preis"),
                   blueprint=Blueprint(frontstage=BlueprintRow(texts=("Anruf", "=Mail"), owner="Vertrieb")), kpis=(
                       Kpi(name="Antwortzeit", unit="h", target=4.0, actual=6.5, better="lower"),
                       Kpi(name="Umsatz", unit="€", target=1234.5),
                   )),
        Touchpoint(id="a", label="=SUMME(A1)", phase="attention", kind="analogue", contact="indirect",
                owner="Vertrieb"),
    ), opportunities=(
        Opportunity(id="o1", text="Termin\nvorschlagen", touchpoint_ids=("b",), owner="Vertrieb", status="planned",
                    impact=3, effort=1),
        Opportunity(id="o2", text="Für alle", effort=2),
    ))


def test_columns_rows_and_german_numbers():
    rows = _rows(render_csv(_data(), "de"))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + 1 + 2 + 1  # header, touchpoint without KPIs, one row per KPI, the journey's opportunity
    first = dict(zip(CSV_COLUMNS, rows[1], strict=False))
    assert first["id"] == "a" and first["phase"] == "attention"  # journey order: attention before interest
    assert first["label"] == "'=SUMME(A1)"  # never read as a formula
    assert first["kind"] == "analogue" and first["contact"] == "indirect" and first["owner"] == "Vertrieb"
    assert first["emotion"] == "" and first["kpi_name"] == "" and first["kpi_target"] == ""
    kpi1, kpi2, whole = (dict(zip(CSV_COLUMNS, r, strict=False)) for r in rows[2:])
    assert kpi1["label"] == "Rückruf; später" and kpi1["emotion"] == "-1"
    assert kpi1["pain_points"] == "Wartezeit | Preis"
    assert (kpi1["frontstage"], kpi1["frontstage_owner"], kpi2["frontstage"]) == ("Anruf | '=Mail", "Vertrieb",
                                                                                   "Anruf | '=Mail")
    assert (kpi1["opportunity_id"], kpi1["opportunity"], kpi1["opportunity_owner"], kpi1["opportunity_status"],
            kpi1["opportunity_impact"], kpi1["opportunity_effort"]) == (
        "o1", "Termin vorschlagen", "Vertrieb", "planned", "3", "1")
    assert kpi2["opportunity"] == "" and kpi2["kpi_name"] == "Umsatz"  # row k: k-th KPI, k-th opportunity
    assert whole["id"] == whole["label"] == whole["phase"] == "" and whole["opportunity"] == "Für alle"
    assert (whole["opportunity_impact"], whole["opportunity_effort"]) == ("", "2")
    assert (kpi1["kpi_name"], kpi1["kpi_unit"], kpi1["kpi_target"], kpi1["kpi_actual"], kpi1["kpi_better"]) == (
        "Antwortzeit", "h", "4", "6,5", "lower")
    assert kpi2["kpi_target"] == "1234,5" and kpi2["kpi_actual"] == "" and kpi2["kpi_unit"] == "€"


def test_english_numbers_and_crlf():
    content = render_csv(_data(), "en")
    assert b"\r\n" in content
    assert ";6.5;" in content.decode("utf-8")


def test_sample_round_trip_counts(tmp_path):
    data = load(resource_path("samples", "schmidt.journey"))
    out = tmp_path / "schmidt.csv"
    export_csv(data, out, "de")
    rows = _rows(out.read_bytes())
    covered = data.opportunities_by_touchpoint()
    assert len(rows) - 1 == sum(max(1, len(tp.kpis), len(covered.get(tp.id, []))) for tp in data.touchpoints)
    assert {r[0] for r in rows[1:]} == {tp.id for tp in data.touchpoints}
    assert all(len(r) == len(CSV_COLUMNS) for r in rows)
