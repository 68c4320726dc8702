"""Property tests of the three-way merge: an unchanged side gives the other side, swapping the sides changes
only how conflicts are resolved, and no link or persona ever names something that does not exist."""

from __future__ import annotations

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from journeymap.fileformat import dumps, loads
from journeymap.model import ProjectData
from journeymap.model.merge import merge_journeys
from tests.conftest import make_sample
from tests.helpers.journey_edits import PROPERTY, edit

SWAP = {"changed_removed": "removed_changed", "removed_changed": "changed_removed"}


def _versions(data: st.DataObject) -> tuple[ProjectData, ProjectData, ProjectData]:
    base = edit(data, make_sample(), steps=6)
    return base, edit(data, base), edit(data, base)


@PROPERTY
@given(st.data())
def test_an_unchanged_side_gives_the_other_side(data):
    base = edit(data, make_sample(), steps=6)
    changed = edit(data, base, steps=10)
    for result in (merge_journeys(base, base, changed), merge_journeys(base, changed, base)):
        assert result.clean
        assert result.data == changed
    same = merge_journeys(base, changed, changed)
    assert same.clean and same.data == changed


@PROPERTY
@given(st.data())
def test_no_dangling_reference_ever(data):
    base, ours, theirs = _versions(data)
    result = merge_journeys(base, ours, theirs).data
    touchpoints = {tp.id for tp in result.touchpoints}
    links = {link.id for link in result.links}
    phases = set(result.phase_model.ids())
    assert all(tp.phase in phases for tp in result.touchpoints)
    ends = Counter((link.source, link.target) for link in result.links)
    assert max(ends.values(), default=1) == 1, "two links in the same direction"
    for link in result.links:
        assert link.source in touchpoints and link.target in touchpoints and link.source != link.target
    for persona in result.personas:
        assert set(persona.touchpoint_ids) | set(persona.emotions) <= touchpoints
        assert set(persona.link_ids) <= links
    assert set(result.view.personas_shown) <= {p.id for p in result.personas}
    assert loads(dumps(result)) == result  # what the merge writes reads back as it is


@PROPERTY
@given(st.data())
def test_merge_is_symmetric_up_to_conflict_resolution(data):
    base, ours, theirs = _versions(data)
    one, two = merge_journeys(base, ours, theirs), merge_journeys(base, theirs, ours)
    mine = {(c.entity, c.id, c.field, c.item, c.kind) for c in one.conflicts}
    swapped = {(c.entity, c.id, c.field, c.item, SWAP.get(c.kind, c.kind)) for c in two.conflicts}
    assert mine == swapped
    conflicted = {(c.entity, c.id) for c in one.conflicts}
    if any(c.entity in ("phase", "phase_model") for c in one.conflicts):
        return  # cards in a removed lane are rehomed by the side whose removal stands
    a, b = one.data, two.data
    tps_a, tps_b = _free(a.touchpoints, "touchpoint", conflicted), _free(b.touchpoints, "touchpoint", conflicted)
    assert tps_a.keys() == tps_b.keys()
    lanes_in_conflict = {tp.phase for tp in (*a.touchpoints, *b.touchpoints) if ("touchpoint", tp.id) in conflicted}
    for tid, tp in tps_a.items():
        skip = {"position"} if tp.phase in lanes_in_conflict else set()
        assert _norm(tp, skip) == _norm(tps_b[tid], skip), tid
    gone = {tp.id for tp in (*a.touchpoints, *b.touchpoints)} - (tps_a.keys() & {tp.id for tp in a.touchpoints}
                                                              & {tp.id for tp in b.touchpoints})
    links_a = {k: v for k, v in _free(a.links, "link", conflicted).items() if not {v.source, v.target} & gone}
    links_b = {k: v for k, v in _free(b.links, "link", conflicted).items() if not {v.source, v.target} & gone}
    assert links_a == links_b
    for pid, persona in _free(a.personas, "persona", conflicted).items():
        other = _free(b.personas, "persona", conflicted)[pid]
        assert _path(persona, gone, links_a) == _path(other, gone, links_a)
        assert _norm(persona, {"touchpoint_ids", "link_ids", "emotions"}) == \
            _norm(other, {"touchpoint_ids", "link_ids", "emotions"})
    if not any(c.entity == "meta" for c in one.conflicts):
        assert a.meta == b.meta
    assert {k: v for k, v in a.answers.items() if ("answers", "") not in conflicted} == \
        {k: v for k, v in b.answers.items() if ("answers", "") not in conflicted}


def _free(items, entity: str, conflicted: set) -> dict:
    return {item.id: item for item in items if (entity, item.id) not in conflicted}


def _norm(value, skip: set[str]) -> dict:
    """A value's fields, lists as sorted multisets (what both sides added in one place may come in either order)."""
    result = {}
    for name, field in value.model_dump().items():
        if name in skip:
            continue
        result[name] = sorted(map(repr, field)) if isinstance(field, (list, tuple)) else field
    return result


def _path(persona, gone: set[str], links: dict) -> tuple:
    return (sorted(t for t in persona.touchpoint_ids if t not in gone),
            sorted(lid for lid in persona.link_ids if lid in links),
            sorted((t, s) for t, s in persona.emotions.items() if t not in gone))
