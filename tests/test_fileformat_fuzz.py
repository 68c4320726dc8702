"""Hypothesis: random bytes, random JSON and mutations of a real journey file never raise anything but our
named error. `make fuzz` runs 10,000 cases of each kind."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from journeymap.fileformat import LoadError, dumps, loads
from journeymap.model import ProjectData
from tests.conftest import make_sample
from tests.fuzzing import FUZZ, fuzz

pytestmark = fuzz

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


_SAMPLE = json.loads(dumps(make_sample()))
_ODD_VALUES = st.one_of(
    json_values, st.sampled_from(["", "\x1b[2J", "\u202e", "a" * 10_001, 10 ** 400, -1, 1e308, [], {}, None, True]),
)


def _paths(node, prefix=()):
    yield prefix
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*prefix, index))


_ALL_PATHS = [p for p in _paths(_SAMPLE) if p]


@FUZZ
@given(st.lists(st.tuples(st.sampled_from(_ALL_PATHS), _ODD_VALUES, st.booleans()), min_size=1, max_size=4))
def test_mutations_of_a_real_file(changes):
    """Replace (or delete) a few values anywhere in a valid journey file."""
    document = json.loads(json.dumps(_SAMPLE))
    for path, value, delete in changes:
        parent = document
        try:
            for key in path[:-1]:
                parent = parent[key]
            if delete and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    _only_load_error(json.dumps(document, ensure_ascii=False).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.binary(min_size=1, max_size=8), st.integers(0, 10_000))
def test_bytes_spliced_into_a_real_file(junk, at):
    raw = dumps(make_sample())
    at = at % len(raw)
    _only_load_error(raw[:at] + junk + raw[at:])
