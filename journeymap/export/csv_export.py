"""CSV of touchpoints with their KPIs: UTF-8 with BOM and `;` separator, so German Excel opens it as is.

One row per KPI; a touchpoint without KPIs gets one row with empty KPI columns. Lists are joined with " | ".
Numbers use a decimal comma for `lang="de"`. Ids (phase, kind, contact, kpi_better) are written as stored, so
the file can be imported again (see docs/pdf-export.md for the columns).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from journeymap.export.texts import plain_number
from journeymap.fileformat import write_atomic
from journeymap.model.data import ProjectData
from journeymap.model.hygiene import strip_controls
from journeymap.model.values import Kpi, Touchpoint

CSV_COLUMNS: tuple[str, ...] = (
    "id", "phase", "label", "catalogue_id", "kind", "contact", "emotion", "emotion_note", "pain_points", "ideas",
    "owner", "kpi_name", "kpi_unit", "kpi_target", "kpi_actual", "kpi_better",
)
LIST_SEPARATOR = " | "
BOM = "\ufeff"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def render_csv(data: ProjectData, lang: str = "de") -> bytes:
    """The CSV file's bytes: BOM, header row, then touchpoints in journey order (phase, then position)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    for tp in sorted(data.touchpoints, key=lambda tp: (order[tp.phase], tp.position)):
        base = _touchpoint_cells(tp)
        for kpi in tp.kpis or (None,):
            writer.writerow(base + _kpi_cells(kpi, lang))
    return (BOM + out.getvalue()).encode("utf-8")


def export_csv(data: ProjectData, out_path: str | os.PathLike[str], lang: str = "de") -> Path:
    """Write the CSV atomically to `out_path`; raises `SaveError` when it cannot be written."""
    return write_atomic(render_csv(data, lang), out_path, backup=False)


def _one_line(text: str) -> str:
    """A text cell on one line (line breaks become spaces), never read as a formula by a spreadsheet.

    A text starting with = + - @, a tab or a line break, or with spaces before one of those, gets a leading
    apostrophe (the usual guard against CSV formula injection); our importer strips it again. Control
    characters (which a journey never holds: the model refuses them) are dropped, so no NUL reaches the file.
    """
    text = " ".join(strip_controls(text).splitlines())
    guarded = text[:1] in FORMULA_START or (text[:1].isspace() and text.lstrip()[:1] in FORMULA_START)
    return "'" + text if guarded else text


def _touchpoint_cells(tp: Touchpoint) -> list[str]:
    return [
        _one_line(tp.id), _one_line(tp.phase), _one_line(tp.label), _one_line(tp.catalogue_id or ""), tp.kind,
        tp.contact,
        "" if tp.emotion is None else str(tp.emotion), _one_line(tp.emotion_note),
        LIST_SEPARATOR.join(_one_line(p) for p in tp.pain_points if p.strip()),
        LIST_SEPARATOR.join(_one_line(i) for i in tp.ideas if i.strip()), _one_line(tp.owner),
    ]


def _kpi_cells(kpi: Kpi | None, lang: str) -> list[str]:
    if kpi is None:
        return ["", "", "", "", ""]
    return [
        _one_line(kpi.name), _one_line(kpi.unit),
        "" if kpi.target is None else plain_number(kpi.target, lang),
        "" if kpi.actual is None else plain_number(kpi.actual, lang),
        kpi.better,
    ]
