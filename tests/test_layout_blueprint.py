"""The blueprint's columns (`layout.blueprint`): touchpoints in journey order, a gap for each phase without any."""

from __future__ import annotations

from journeymap.layout import blueprint as bp
from journeymap.model import Blueprint, BlueprintRow, ProjectData, Touchpoint

FILLED = Blueprint(support=BlueprintRow(texts=("ERP",)))


def ids(cols: list[bp.Column]) -> list[str | None]:
    return [c.touchpoint.id if c.touchpoint else None for c in cols]


def test_every_phase_has_a_column_and_the_touchpoints_keep_their_numbers():
    data = ProjectData(touchpoints=(Touchpoint(id="b", label="B", phase="action", position=2.0),
                                    Touchpoint(id="a", label="A", phase="action", position=1.0),
                                    Touchpoint(id="c", label="C", phase="interest")))
    cols = bp.columns(data)
    assert ids(cols) == [None, "c", None, "a", "b", None, None]
    assert [c.phase_index for c in cols] == [0, 1, 2, 3, 3, 4, 5]
    assert [c.number for c in cols] == [0, 1, 0, 2, 3, 0, 0]
    assert [c.is_gap for c in cols] == [c.touchpoint is None for c in cols] and all(c.is_empty for c in cols)
    assert ids(bp.touchpoint_columns(cols)) == ["c", "a", "b"]
    spans = bp.phase_spans(data, cols)
    assert [(s.phase.id, s.first, s.count) for s in spans] == [
        ("attention", 0, 1), ("interest", 1, 1), ("desire", 2, 1), ("action", 3, 2), ("loyalty", 5, 1),
        ("advocacy", 6, 1)]


def test_an_empty_journey_is_six_gaps():
    assert ids(bp.columns(ProjectData())) == [None] * 6


def test_only_filled_leaves_out_empty_touchpoints_but_not_the_gaps():
    data = ProjectData(touchpoints=(Touchpoint(id="a", label="A", phase="attention", blueprint=FILLED),
                                    Touchpoint(id="b", label="B", phase="attention"),
                                    Touchpoint(id="c", label="C", phase="loyalty")))
    cols = bp.columns(data, only_filled=True)
    assert ids(cols) == ["a", None, None, None, None]  # loyalty has a touchpoint (left out): no gap for it
    assert [c.number for c in cols if c.touchpoint] == [1]
    assert not cols[0].is_empty
