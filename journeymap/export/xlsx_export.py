"""The numbers in Excel: a workbook of touchpoints (with their blueprint rows), KPIs per phase (met / missed /
open), opportunities and findings (openpyxl).

Headers are German or English, numbers are real numbers (Excel shows them with the reader's decimal comma), each
sheet has a frozen, filterable header row and columns as wide as their content (within limits). The touchpoints,
KPIs and opportunities sheets can be imported again (`journeymap import IN.xlsx`), like the CSV.
"""

from __future__ import annotations

import io
import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from journeymap.analysis import analyse
from journeymap.export import texts
from journeymap.export.print_layout import journey_order
from journeymap.export.texts import tr
from journeymap.fileformat import write_atomic
from journeymap.interchange.xlsx_columns import (
    EXPORTED_TOUCHPOINT_COLUMNS,
    KPI_COLUMNS,
    OPPORTUNITY_COLUMNS,
    header,
)
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData
from journeymap.model.opportunities import quadrant_of
from journeymap.model.values import BLUEPRINT_ROWS

CELL_LIMIT = 32_767  # Excel's longest cell text
STATUS_FILL = {"met": "E3F1E7", "missed": "FBEBD5", "open": "EEF0F3"}
MAX_WIDTH = 60
Value = str | int | float | None  # what a cell holds


def render_xlsx(data: ProjectData, lang: str = "de") -> bytes:
    """The workbook's bytes: sheets Touchpoints, KPIs, Opportunities and Findings."""
    book = Workbook()
    order = journey_order(data)
    number = {tp.id: n for n, tp in enumerate(order, start=1)}
    names = {p.id: p.name.get(lang) or p.id for p in data.phase_model.phases}
    sheet = book.active
    sheet.title = tr("touchpoints", lang)[:31]
    rows: list[list[Value]] = []
    for tp in order:
        rows.append([number[tp.id], tp.id, names[tp.phase], tp.label, tp.catalogue_id or "", tr(tp.kind, lang),
                     tr(tp.contact, lang), tp.emotion, tp.emotion_note,
                     " | ".join(p for p in tp.pain_points if p.strip()), tp.owner,
                     *(cell for row in BLUEPRINT_ROWS for cell in (" | ".join(tp.blueprint.row(row).texts),
                                                                   tp.blueprint.row(row).owner))])
    _fill(sheet, [header(c, lang) for c in EXPORTED_TOUCHPOINT_COLUMNS], rows)

    kpis = book.create_sheet(tr("kpi_sheet", lang)[:31])
    rows, states = [], []
    for tp in order:
        for kpi in tp.kpis:
            status = kpi.status()
            rows.append([number[tp.id], tp.id, names[tp.phase], tp.label, kpi.name, kpi.unit, kpi.target, kpi.actual,
                         tr("better_" + kpi.better, lang), tr(status, lang)])
            states.append(status)
    _fill(kpis, [header(c, lang) for c in KPI_COLUMNS], rows)
    for r, status in enumerate(states, start=2):
        kpis.cell(r, len(KPI_COLUMNS)).fill = PatternFill("solid", fgColor=STATUS_FILL[status])
    for column in (7, 8):
        for r in range(2, len(rows) + 2):
            kpis.cell(r, column).number_format = "#,##0.######"

    _opportunities(book.create_sheet(tr("opportunities", lang)[:31]), data, number, lang)
    findings = book.create_sheet(tr("findings", lang)[:31])
    labels = {tp.id: tp.label for tp in data.touchpoints}
    rows = []
    for finding in analyse(data, lang).findings:
        refs = ", ".join(f"#{number[i]} {labels[i]}" for i in finding.ids if i in number)
        kind = tr(f"kind_{finding.code}", lang) if texts.has(f"kind_{finding.code}") else finding.code
        rows.append([tr(finding.severity, lang), kind, finding.message, refs])
    _fill(findings, [tr(k, lang) for k in ("severity", "kind", "finding", "concerns")], rows)
    for r in range(2, len(rows) + 2):
        findings.cell(r, 3).alignment = Alignment(wrap_text=True, vertical="top")
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _opportunities(sheet: Worksheet, data: ProjectData, number: dict[str, int], lang: str) -> None:
    """One row per opportunity: its touchpoints by id (for the import) and by number and label (for people)."""
    labels = {tp.id: tp.label for tp in data.touchpoints}
    rows: list[list[Value]] = []
    for opp in data.opportunities:
        where = ", ".join(f"#{number[tid]} {labels[tid]}" for tid in opp.touchpoint_ids)
        place = quadrant_of(opp)
        rows.append([opp.id, opp.text, " | ".join(opp.touchpoint_ids), where, opp.owner,
                     tr("status_" + opp.status, lang), opp.impact, opp.effort,
                     tr("quadrant_" + place, lang) if place else tr("not_rated", lang)])
    _fill(sheet, [header(c, lang) for c in OPPORTUNITY_COLUMNS], rows)
    for r in range(2, len(rows) + 2):
        sheet.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")


def export_xlsx(data: ProjectData, out_path: str | os.PathLike[str], lang: str = "de") -> None:
    """Write the workbook atomically."""
    write_atomic(render_xlsx(data, lang), Path(out_path), backup=False)


def _cell(value: Value) -> Value:
    """Text within Excel's limit and without control characters (numbers and None as they are)."""
    if not isinstance(value, str):
        return value
    return "".join(ch for ch in value if ch in "\t\n" or ord(ch) >= 32)[:CELL_LIMIT]


def _fill(sheet: Worksheet, head: list[str], rows: list[list[Value]]) -> None:
    """Header (bold, tinted, frozen, with filters), rows, and fitting column widths."""
    sheet.append(head)
    for row in rows:
        sheet.append([_cell(v) for v in row])
        for cell in sheet[sheet.max_row]:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"  # text, never a formula (openpyxl would store "=…" as one)
    bold, tint = Font(bold=True), PatternFill("solid", fgColor=t.mix(t.SELECTION, 0.12).lstrip("#"))
    for c in range(1, len(head) + 1):
        cell = sheet.cell(1, c)
        cell.font, cell.fill = bold, tint
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(head))}{max(1, len(rows) + 1)}"
    for c, title in enumerate(head, start=1):
        longest = max([len(str(title))] + [len(str(r[c - 1])) for r in rows[:2000] if r[c - 1] is not None])
        sheet.column_dimensions[get_column_letter(c)].width = min(MAX_WIDTH, max(6, longest + 2))
