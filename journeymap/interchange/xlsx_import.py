"""Import touchpoints from an Excel workbook as journeymap's `.xlsx` export writes it (openpyxl, read-only).

The first sheet (touchpoints) is read like the CSV import: the same columns (German or English headers, or the
CSV's column names), the same checks and the same result; KPIs come from the sheet called KPIs and opportunities
from the one called Opportunities (or Chancen) when there is one. The rows are handed to `read_csv`, so both
imports cannot drift apart; errors name the sheet and the row.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterator
from typing import Protocol

from journeymap.interchange.csv_import import COLUMNS, read_csv
from journeymap.interchange.errors import InterchangeError
from journeymap.interchange.guard import guard
from journeymap.interchange.xlsx_columns import (
    KPI_COLUMNS,
    OPPORTUNITY_COLUMNS,
    OPPORTUNITY_SHEETS,
    TOUCHPOINT_COLUMNS,
    column_key,
)
from journeymap.model.data import ProjectData
from journeymap.model.limits import MAX_TOUCHPOINTS

MAX_ROWS = MAX_TOUCHPOINTS * 12  # touchpoint and KPI rows together; more cannot be a journeymap workbook
MAX_UNPACKED = 200 * 1024 * 1024  # a workbook that unpacks to more than this is refused (zip bomb)
_BETTER = {"higher is better": "higher", "höher ist besser": "higher", "lower is better": "lower",
           "niedriger ist besser": "lower"}
_CSV_NAMES = {"kpi_name", "kpi_unit", "kpi_target", "kpi_actual", "kpi_better"}
_OPPORTUNITY_NAMES = {"opportunity_id", "opportunity", "opportunity_owner", "opportunity_status",
                      "opportunity_impact", "opportunity_effort"}


class _Sheet(Protocol):
    """What the import reads of an openpyxl worksheet (openpyxl has no type information)."""

    title: str

    def iter_rows(self, *, values_only: bool) -> Iterator[tuple[object, ...]]: ...


def read_xlsx(content: bytes, lang: str | None = None) -> ProjectData:
    """A journey from the workbook's bytes; `InterchangeError` naming sheet and row otherwise."""
    from openpyxl import load_workbook

    _check_archive(content)
    try:
        book = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception as exc:
        raise InterchangeError.coded("not_readable_workbook", kind=type(exc).__name__) from None
    try:
        sheets: list[_Sheet] = book.worksheets
        if not sheets:
            raise InterchangeError.coded("no_sheet")
        touchpoints = _rows(sheets[0], TOUCHPOINT_COLUMNS)
        kpi_sheet = next((s for s in sheets[1:] if s.title.casefold() in ("kpis", "kpi")), None)
        kpis = _rows(kpi_sheet, KPI_COLUMNS) if kpi_sheet is not None else (None, [])
        opp_sheet = next((s for s in sheets[1:] if s.title.casefold() in OPPORTUNITY_SHEETS), None)
        opportunities = _rows(opp_sheet, OPPORTUNITY_COLUMNS) if opp_sheet is not None else (None, [])
    finally:
        book.close()
    head, rows = touchpoints
    if head is None:
        raise InterchangeError.coded("empty_sheet", sheet=sheets[0].title)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow(_csv_row(row))
    first_kpi_line = len(rows) + 2
    for row in kpis[1]:
        writer.writerow(_csv_row({k: v for k, v in row.items() if k in _CSV_NAMES or k == "id"}))
    first_opp_line = first_kpi_line + len(kpis[1])
    opp_lines = _write_opportunities(writer.writerow, opportunities[1], {str(r.get("id", "")) for r in rows} - {""},
                                     opp_sheet.title if opp_sheet is not None else "")
    try:
        return read_csv(out.getvalue(), lang)
    except InterchangeError as exc:
        if exc.line is None:
            raise
        if exc.line >= first_opp_line and opp_sheet is not None:
            sheet, at = opp_sheet.title, opp_lines[exc.line - first_opp_line]
        elif kpi_sheet is not None and exc.line >= first_kpi_line:
            sheet, at = kpi_sheet.title, exc.line - first_kpi_line + 2
        else:
            sheet, at = sheets[0].title, exc.line
        raise InterchangeError.coded("in_sheet", sheet=sheet, row=at, reason=exc) from None


def _write_opportunities(write: Callable[[list[str]], object], rows: list[dict[str, object]], known: set[str],
                         title: str) -> list[int]:
    """The opportunities sheet as CSV rows: one per touchpoint of each opportunity (none: one row of the whole
    journey). Returns the sheet's row number of each CSV row written."""
    lines: list[int] = []
    for n, row in enumerate(rows, start=2):
        if not row:
            continue
        opportunity = {k: v for k, v in row.items() if k in _OPPORTUNITY_NAMES}
        tids = [t.strip() for t in str(row.get("touchpoint_ids", "")).split("|") if t.strip()]
        for name in tids:
            if name not in known:
                raise InterchangeError.coded("unknown_touchpoint_id", sheet=title, row=n, id=name[:70])
        targets: list[str | None] = [*tids] or [None]
        for tid in targets:
            write(_csv_row({**opportunity, "id": tid} if tid else opportunity))
            lines.append(n)
    return lines


def _check_archive(content: bytes) -> None:
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except zipfile.BadZipFile:
        raise InterchangeError.coded("not_zip") from None
    with archive:
        if sum(info.file_size for info in archive.infolist()) > MAX_UNPACKED:
            raise InterchangeError.coded("unpacks_too_large", mb=MAX_UNPACKED // (1024 * 1024))


def _rows(sheet: _Sheet, keys: tuple[str, ...]) -> tuple[list[str | None] | None, list[dict[str, object]]]:
    """(column keys of the header, rows as {key: value}); rows that are entirely empty are kept as {} so that
    row numbers stay those of the sheet."""
    it = sheet.iter_rows(values_only=True)
    head: list[str | None] | None = None
    for cells in it:
        if any(c not in (None, "") for c in cells):
            head = [column_key(c, keys) for c in cells]
            break
    if head is None:
        return None, []
    rows: list[dict[str, object]] = []
    for n, cells in enumerate(it, start=2):
        if n > MAX_ROWS:
            raise InterchangeError.coded("too_many_rows", sheet=sheet.title, limit=MAX_ROWS)
        rows.append({key: value for key, value in zip(head, cells, strict=False)
                     if key is not None and value is not None})
    return head, rows


def _csv_row(row: dict[str, object]) -> list[str]:
    values = dict(row)
    better = str(values.get("kpi_better", "")).strip().casefold()
    if better in _BETTER:
        values["kpi_better"] = _BETTER[better]
    return [guard(_text(values.get(column))) for column in COLUMNS]  # `read_csv` unguards: texts stay as they are


def _text(value: object) -> str:
    """A cell as CSV text: numbers with a decimal point, texts on one line."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float):
        return repr(value) if value != int(value) or abs(value) >= 1e15 else str(int(value))
    return " ".join(str(value).splitlines())
