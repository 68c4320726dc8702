"""The Excel workbook: sheets, headers in both languages, frozen filtered headers, numbers, and the round trip."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from journeymap.cli import main
from journeymap.export.xlsx_export import render_xlsx
from journeymap.fileformat import load
from journeymap.interchange import InterchangeError, import_file
from journeymap.interchange.xlsx_import import read_xlsx
from journeymap.locate import resource_path
from journeymap.model import Kpi, Opportunity, ProjectData, Touchpoint

SAMPLE = resource_path("samples", "schmidt.journey")


@pytest.fixture(scope="module")
def schmidt() -> ProjectData:
    return load(SAMPLE)


def _book(data: ProjectData, lang: str):
    return load_workbook(io.BytesIO(render_xlsx(data, lang)))


@pytest.mark.parametrize("lang, sheets, head", [
    ("de", ["Touchpoints", "KPIs", "Chancen", "Befunde"], ["#", "ID", "Phase", "Touchpoint", "Katalog-ID"]),
    ("en", ["Touchpoints", "KPIs", "Opportunities", "Findings"], ["#", "ID", "Phase", "Touchpoint", "Catalogue ID"]),
])
def test_sheets_headers_frozen_and_filtered(schmidt, lang, sheets, head):
    book = _book(schmidt, lang)
    assert book.sheetnames == sheets
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        assert sheet.cell(1, 1).font.bold
    first = book.worksheets[0]
    assert [first.cell(1, c).value for c in range(1, 6)] == head
    assert first.max_row == len(schmidt.touchpoints) + 1
    widths = [first.column_dimensions[letter].width for letter in "ABCD"]
    assert widths[3] > widths[0]  # the label column is wider than the number column


def test_kpis_are_numbers_with_status(schmidt):
    sheet = _book(schmidt, "de")["KPIs"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == sum(len(tp.kpis) for tp in schmidt.touchpoints)
    klick = next(r for r in rows if r[4] == "Klickrate")
    assert isinstance(klick[6], (int, float)) and isinstance(klick[7], float) and klick[7] == 2.2
    assert {r[9] for r in rows} <= {"erreicht", "verfehlt", "offen"}
    assert sheet.cell(2, 7).number_format == "#,##0.######"


def test_findings_sheet(schmidt):
    sheet = _book(schmidt, "en")["Findings"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert rows and all(r[0] in ("Critical", "Warnings", "Notes") for r in rows)


def test_a_formula_like_text_stays_text():
    data = ProjectData(touchpoints=(Touchpoint(id="t", label="=HYPERLINK(\"x\")", phase="attention"),))
    sheet = _book(data, "en").worksheets[0]
    assert sheet.cell(2, 4).data_type == "s" and sheet.cell(2, 4).value.startswith("=")


def test_round_trip_through_the_cli(schmidt, tmp_path, capsys):
    out, back = tmp_path / "numbers.xlsx", tmp_path / "back.journey"
    assert main(["export", str(SAMPLE), "-o", str(out)]) == 0
    assert main(["import", str(out), "-o", str(back)]) == 0
    again = load(back)
    before = {tp.id: tp for tp in schmidt.touchpoints}
    assert {tp.id for tp in again.touchpoints} == set(before)
    for tp in again.touchpoints:
        old = before[tp.id]
        assert (tp.label, tp.phase, tp.kind, tp.contact, tp.emotion, tp.owner) == \
               (old.label, old.phase, old.kind, old.contact, old.emotion, old.owner)
        assert [(k.name, k.unit, k.target, k.actual, k.better) for k in tp.kpis] == \
               [(k.name, k.unit, k.target, k.actual, k.better) for k in old.kpis]
        assert tp.pain_points == tuple(p for p in old.pain_points if p.strip())
        assert tp.blueprint == old.blueprint
    assert again.opportunities == schmidt.opportunities


def test_opportunities_sheet_in_both_languages():
    data = ProjectData(touchpoints=(Touchpoint(id="a", label="Anfrage", phase="interest"),
                                    Touchpoint(id="b", label="Angebot", phase="desire")),
                       opportunities=(Opportunity(id="o1", text="Rückruf in 2 h", touchpoint_ids=("a", "b"),
                                                  owner="Vertrieb", status="in_progress", impact=3, effort=1),
                                      Opportunity(id="o2", text="Für alle", effort=3)))
    rows = list(_book(data, "de")["Chancen"].iter_rows(values_only=True))
    assert rows[0] == ("ID", "Chance", "Touchpoint-IDs", "Touchpoints", "Verantwortlich", "Status", "Wirkung (1–3)",
                       "Aufwand (1–3)", "Quadrant")
    assert rows[1] == ("o1", "Rückruf in 2 h", "a | b", "#1 Anfrage, #2 Angebot", "Vertrieb", "in Arbeit", 3, 1,
                       "Quick Wins")
    assert rows[2] == ("o2", "Für alle", None, None, None, "Idee", None, 3, "nicht bewertet")
    for lang in ("de", "en"):
        assert read_xlsx(render_xlsx(data, lang)).opportunities == data.opportunities


def test_an_opportunity_naming_an_unknown_touchpoint_names_its_row():
    data = ProjectData(touchpoints=(Touchpoint(id="a", label="A", phase="attention"),),
                       opportunities=(Opportunity(id="o1", text="x", touchpoint_ids=("a",)),))
    book = load_workbook(io.BytesIO(render_xlsx(data, "en")))
    book["Opportunities"].cell(2, 3).value = "a | zz"
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(InterchangeError, match=r"sheet 'Opportunities', row 2: .*touchpoint ID 'zz'"):
        read_xlsx(buffer.getvalue())
    book["Opportunities"].cell(2, 3).value = "a"
    book["Opportunities"].cell(2, 6).value = "vielleicht"
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(InterchangeError, match=r"sheet 'Opportunities', row 2: opportunity_status must be"):
        read_xlsx(buffer.getvalue())


def test_english_workbook_imports_too(schmidt):
    data = read_xlsx(render_xlsx(schmidt, "en"))
    assert len(data.touchpoints) == len(schmidt.touchpoints)


def test_bad_workbooks_name_sheet_and_row(tmp_path):
    data = ProjectData(touchpoints=(Touchpoint(id="t1", label="A", phase="attention",
                                               kpis=(Kpi(name="k", target=1.0, actual=2.0),)),))
    book = load_workbook(io.BytesIO(render_xlsx(data, "en")))
    book.worksheets[0].cell(2, 3).value = "Nowhere"
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(InterchangeError, match=r"sheet 'Touchpoints', row 2: unknown phase"):
        read_xlsx(buffer.getvalue())
    book.worksheets[0].cell(2, 3).value = "Attention"
    book["KPIs"].cell(2, 7).value = "lots"
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(InterchangeError, match=r"sheet 'KPIs', row 2: kpi_target"):
        read_xlsx(buffer.getvalue())
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    with pytest.raises(InterchangeError, match="not an Excel workbook"):
        import_file(fake)
