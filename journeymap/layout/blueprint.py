"""The service blueprint's structure, one source for the editor's blueprint view and the PDF.

Columns are the touchpoints in journey order (phase, then position in the lane), each numbered as on the map, and
grouped under their phases. Rows run from top to bottom: what the customer sees or holds (evidence), the customer's
action (the touchpoint itself), then — below the line of interaction — what staff and systems do in view of the
customer (frontstage), below the line of visibility what they do behind the scenes (backstage), and below the line
of internal interaction the processes and systems that support them (support).
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
    """One touchpoint of the blueprint: its number on the map (1, 2, … in journey order) and its phase."""

    touchpoint: Touchpoint
    number: int
    phase_index: int


@dataclass(frozen=True)
class PhaseSpan:
    """A run of neighbouring columns of one phase: the phase header above them."""

    phase: Phase
    phase_index: int
    first: int  # index of its first column
    count: int


def columns(data: ProjectData, only_filled: bool = False) -> list[Column]:
    """Every touchpoint in journey order (with `only_filled`, those with a blueprint row filled in)."""
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    ordered = sorted(data.touchpoints, key=lambda tp: (order.get(tp.phase, len(order)), tp.position))
    return [Column(tp, number, order.get(tp.phase, 0)) for number, tp in enumerate(ordered, start=1)
            if not only_filled or not tp.blueprint.is_empty()]


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
