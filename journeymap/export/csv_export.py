"""CSV of touchpoints with their blueprint rows, KPIs and opportunities: UTF-8 with BOM and `;` separator, so
German Excel opens it as is.

Each touchpoint takes as many rows as it has KPIs or opportunities (at least one); row k carries its k-th KPI and
its k-th opportunity, and repeats the touchpoint's own columns. An opportunity of several touchpoints appears under
each of them with the same `opportunity_id`; one that belongs to no touchpoint gets a row of its own at the end,
with the touchpoint columns empty. Lists are joined with " | ". Numbers use a decimal comma for `lang="de"`. Ids
(phase, kind, contact, kpi_better, opportunity_status) are written as stored, so the file can be imported again
(see docs/pdf-export.md for the columns).
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

from journeymap.export.texts import plain_number
from journeymap.fileformat import write_atomic
from journeymap.interchange.guard import guard
from journeymap.model.data import ProjectData
from journeymap.model.hygiene import strip_controls
from journeymap.model.values import BLUEPRINT_ROWS, Kpi, Opportunity, Touchpoint

BLUEPRINT_COLUMNS: tuple[str, ...] = tuple(c for row in BLUEPRINT_ROWS for c in (row, f"{row}_owner"))
KPI_COLUMNS: tuple[str, ...] = ("kpi_name", "kpi_unit", "kpi_target", "kpi_actual", "kpi_better")
OPPORTUNITY_COLUMNS: tuple[str, ...] = ("opportunity_id", "opportunity", "opportunity_owner", "opportunity_status",
                                        "opportunity_impact", "opportunity_effort")
CSV_COLUMNS: tuple[str, ...] = (
    "id", "phase", "label", "catalogue_id", "kind", "contact", "emotion", "emotion_note", "pain_points", "owner",
    *BLUEPRINT_COLUMNS, *KPI_COLUMNS, *OPPORTUNITY_COLUMNS,
)
LIST_SEPARATOR = " | "
BOM = "\ufeff"


def render_csv(data: ProjectData, lang: str = "de") -> bytes:
    """The CSV file's bytes: BOM, header row, then touchpoints in journey order (phase, then position)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    covered = data.opportunities_by_touchpoint()
    for tp in sorted(data.touchpoints, key=lambda tp: (order[tp.phase], tp.position)):
        base = _touchpoint_cells(tp)
        opportunities = covered.get(tp.id, [])
        for k in range(max(len(tp.kpis), len(opportunities), 1)):
            kpi = tp.kpis[k] if k < len(tp.kpis) else None
            opportunity = opportunities[k] if k < len(opportunities) else None
            writer.writerow(base + _kpi_cells(kpi, lang) + _opportunity_cells(opportunity))
    blank = [""] * (len(CSV_COLUMNS) - len(KPI_COLUMNS) - len(OPPORTUNITY_COLUMNS))
    for opportunity in data.opportunities:
        if not opportunity.touchpoint_ids:
            writer.writerow(blank + _kpi_cells(None, lang) + _opportunity_cells(opportunity))
    return (BOM + out.getvalue()).encode("utf-8")


def export_csv(data: ProjectData, out_path: str | os.PathLike[str], lang: str = "de") -> Path:
    """Write the CSV atomically to `out_path`; raises `SaveError` when it cannot be written."""
    return write_atomic(render_csv(data, lang), out_path, backup=False)


def _one_line(text: str) -> str:
    """A text cell on one line (line breaks become spaces), never read as a formula by a spreadsheet.

    A text a spreadsheet could run as a formula gets a leading apostrophe (the usual guard against CSV formula
    injection; `interchange.guard`), which our importer strips again. Control characters (which a journey never
    holds: the model refuses them) are dropped, so no NUL reaches the file.
    """
    return guard(" ".join(strip_controls(text).splitlines()))


def _touchpoint_cells(tp: Touchpoint) -> list[str]:
    return [
        _one_line(tp.id), _one_line(tp.phase), _one_line(tp.label), _one_line(tp.catalogue_id or ""), tp.kind,
        tp.contact,
        "" if tp.emotion is None else str(tp.emotion), _one_line(tp.emotion_note),
        LIST_SEPARATOR.join(_one_line(p) for p in tp.pain_points if p.strip()), _one_line(tp.owner),
        *(cell for row in BLUEPRINT_ROWS for cell in (
            LIST_SEPARATOR.join(_one_line(x) for x in tp.blueprint.row(row).texts),
            _one_line(tp.blueprint.row(row).owner))),
    ]


def _opportunity_cells(opportunity: Opportunity | None) -> list[str]:
    if opportunity is None:
        return [""] * len(OPPORTUNITY_COLUMNS)
    return [
        _one_line(opportunity.id), _one_line(opportunity.text), _one_line(opportunity.owner), opportunity.status,
        "" if opportunity.impact is None else str(opportunity.impact),
        "" if opportunity.effort is None else str(opportunity.effort),
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
