"""Hypothesis: random bytes and random JSON never raise anything but our named error."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journeymap.fileformat import LoadError, loads
from journeymap.model import ProjectData

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)

FIELDS = ["meta", "phase_model", "touchpoints", "links", "personas", "answers", "title", "id", "label", "phase"]
journey_like = st.fixed_dictionaries(
    {"format": st.just("journeymap"), "schema_version": st.sampled_from([1, 1, 1, 0, 2, "1", None])},
    optional={f: json_values for f in FIELDS},
)
touchpoint_like = st.fixed_dictionaries(
    {"id": st.text(max_size=8), "label": st.text(max_size=8), "phase": st.sampled_from(["attention", "x", ""])},
    optional={"emotion": json_values, "position": json_values, "kpis": json_values, "kind": json_values},
)
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _only_load_error(content: bytes) -> None:
    try:
        result = loads(content)
    except LoadError as exc:
        assert "\n" not in str(exc)
    else:
        assert isinstance(result, ProjectData)


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes(content):
    _only_load_error(content)


@FUZZ
@given(json_values)
def test_random_json(value):
    _only_load_error(json.dumps(value).encode())


@FUZZ
@given(journey_like)
def test_random_journey_like_documents(document):
    _only_load_error(json.dumps(document).encode())


@FUZZ
@given(st.lists(touchpoint_like, max_size=4))
def test_random_touchpoints(touchpoints):
    _only_load_error(json.dumps({"format": "journeymap", "schema_version": 1, "touchpoints": touchpoints}).encode())
