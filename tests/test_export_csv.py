"""CSV export: BOM, `;`, one row per KPI, German decimal comma, lists joined, spreadsheet-safe text."""

from __future__ import annotations

import csv
import io

from journeymap.export import CSV_COLUMNS, export_csv, render_csv
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import Kpi, ProjectData, Touchpoint


def _rows(content: bytes) -> list[list[str]]:
    assert content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def _data() -> ProjectData:
    return ProjectData(touchpoints=(
        Touchpoint(id="b", label="Rückruf; später", phase="interest", emotion=-1, pain_points=("Wartezeit", "Preis"),
                   ideas=("Termin\nvorschlagen",), kpis=(
                       Kpi(name="Antwortzeit", unit="h", target=4.0, actual=6.5, better="lower"),
                       Kpi(name="Umsatz", unit="€", target=1234.5),
                   )),
        Touchpoint(id="a", label="=SUMME(A1)", phase="attention", kind="analogue", contact="indirect",
                owner="Vertrieb"),
    ))


def test_columns_rows_and_german_numbers():
    rows = _rows(render_csv(_data(), "de"))
    assert tuple(rows[0]) == CSV_COLUMNS
    assert len(rows) == 1 + 1 + 2  # header, touchpoint without KPIs, one row per KPI
    first = dict(zip(CSV_COLUMNS, rows[1], strict=False))
    assert first["id"] == "a" and first["phase"] == "attention"  # journey order: attention before interest
    assert first["label"] == "'=SUMME(A1)"  # never read as a formula
    assert first["kind"] == "analogue" and first["contact"] == "indirect" and first["owner"] == "Vertrieb"
    assert first["emotion"] == "" and first["kpi_name"] == "" and first["kpi_target"] == ""
    kpi1, kpi2 = (dict(zip(CSV_COLUMNS, r, strict=False)) for r in rows[2:])
    assert kpi1["label"] == "Rückruf; später" and kpi1["emotion"] == "-1"
    assert kpi1["pain_points"] == "Wartezeit | Preis" and kpi1["ideas"] == "Termin vorschlagen"
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
    assert len(rows) - 1 == sum(max(1, len(tp.kpis)) for tp in data.touchpoints)
    assert {r[0] for r in rows[1:]} == {tp.id for tp in data.touchpoints}
    assert all(len(r) == len(CSV_COLUMNS) for r in rows)
