"""The service blueprint's structure, one source for the editor's blueprint view and the PDF.

Columns are the touchpoints in journey order (phase, then position in the lane), each numbered as on the map, and
grouped under their phases; a phase without any touchpoint keeps a column of its own (a gap: `Column.touchpoint`
is None), so that the blueprint shows every phase and where the journey has nothing yet. Rows run from top to
bottom: what the customer sees or holds (evidence), the customer's action (the touchpoint itself), then — below
the line of interaction — what staff and systems do in view of the customer (frontstage), below the line of
visibility what they do behind the scenes (backstage), and below the line of internal interaction the processes
and systems that support them (support).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from journeymap.model.data import ProjectData
from journeymap.model.values import BLUEPRINT_ROWS, Phase, Touchpoint

RowKey = Literal["evidence", "customer", "frontstage", "backstage", "support"]
LineKey = Literal["interaction", "visibility", "internal"]
ROWS: tuple[RowKey, ...] = ("evidence", "customer", "frontstage", "backstage", "support")
LINE_BELOW: dict[RowKey, LineKey] = {"customer": "interaction", "frontstage": "visibility", "backstage": "internal"}
LINES: tuple[LineKey, ...] = ("interaction", "visibility", "internal")
EDITABLE_ROWS = BLUEPRINT_ROWS  # the rows stored with a touchpoint (the customer row is the touchpoint's label)


@dataclass(frozen=True)
class Column:
    """One touchpoint of the blueprint: its number on the map (1, 2, … in journey order) and its phase; or, with
    `touchpoint` None and number 0, the gap of a phase that has no touchpoint."""

    touchpoint: Touchpoint | None
    number: int
    phase_index: int

    @property
    def is_gap(self) -> bool:
        return self.touchpoint is None

    @property
    def is_empty(self) -> bool:
        """Nothing in its blueprint rows (a gap, or a touchpoint whose rows are all empty): a narrow column."""
        return self.touchpoint is None or self.touchpoint.blueprint.is_empty()


@dataclass(frozen=True)
class PhaseSpan:
    """A run of neighbouring columns of one phase: the phase header above them."""

    phase: Phase
    phase_index: int
    first: int  # index of its first column
    count: int


def columns(data: ProjectData, only_filled: bool = False) -> list[Column]:
    """Every touchpoint in journey order (with `only_filled`, those with a blueprint row filled in), and a gap in
    the place of each phase that has no touchpoint at all."""
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    ordered = sorted(data.touchpoints, key=lambda tp: (order.get(tp.phase, len(order)), tp.position))
    found = [Column(tp, number, order.get(tp.phase, 0)) for number, tp in enumerate(ordered, start=1)]
    used = {col.phase_index for col in found}
    gaps = [index for index in range(len(order)) if index not in used]
    out: list[Column] = []
    for col in found:
        while gaps and gaps[0] < col.phase_index:
            out.append(Column(None, 0, gaps.pop(0)))
        if not only_filled or not col.is_empty:
            out.append(col)
    return out + [Column(None, 0, index) for index in gaps]


def touchpoint_columns(cols: Iterable[Column]) -> list[Column]:
    """The columns of `cols` that show a touchpoint (not a gap)."""
    return [col for col in cols if col.touchpoint is not None]


def phase_spans(data: ProjectData, cols: Iterable[Column]) -> list[PhaseSpan]:
    """The phase headers over `cols`: one per run of neighbouring columns in the same phase."""
    phases = data.phase_model.phases
    spans: list[PhaseSpan] = []
    for i, col in enumerate(cols):
        if spans and spans[-1].phase_index == col.phase_index and spans[-1].first + spans[-1].count == i:
            last = spans[-1]
            spans[-1] = PhaseSpan(last.phase, last.phase_index, last.first, last.count + 1)
        else:
            spans.append(PhaseSpan(phases[col.phase_index], col.phase_index, i, 1))
    return spans


def has_blueprint(data: ProjectData) -> bool:
    """Does any touchpoint have a blueprint row filled in?"""
    return any(not tp.blueprint.is_empty() for tp in data.touchpoints)
