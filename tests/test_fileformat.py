"""The .journey file: round trip, the v1 fixture, migrations, and every limit and malformed input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from journeymap.fileformat import CURRENT_SCHEMA, LoadError, dumps, load, loads, migrations, save
from journeymap.model import Project
from tests.conftest import journey, link, tp

FIXTURES = Path(__file__).parent / "fixtures"


def envelope(**body) -> dict:
    return {"format": "journeymap", "schema_version": 1, **body}


def raw(document) -> bytes:
    return json.dumps(document).encode()


def test_round_trip_keeps_everything(tmp_path, sample_data):
    path = tmp_path / "reise.journey"
    save(sample_data, path)
    assert load(path) == sample_data
    text = path.read_text("utf-8")
    assert "Müller & Söhne" in text  # umlauts stay readable, not \\u-escaped
    assert json.loads(text)["schema_version"] == CURRENT_SCHEMA


def test_dumps_is_stable(sample_data):
    assert dumps(sample_data) == dumps(loads(dumps(sample_data)))


def test_v1_fixture_loads():
    data = load(FIXTURES / "v1_example.journey")
    assert data.meta.title == "Größte Reise"
    assert data.meta.author == "Anna Beispiel"
    assert [t.id for t in data.touchpoints] == ["fair", "web", "call", "shop", "news", "review"]
    assert data.touchpoints[3].kpis[0].target == 3.0
    assert data.personas[0].emotions == {"web": -1}
    assert data.phase_model.ids()[0] == "attention"
    assert Project(data).to_data() == data


def test_migration_chain_runs_each_step_in_order(monkeypatch):
    monkeypatch.setattr(migrations, "CURRENT_SCHEMA", 3)
    seen = []
    steps = {1: lambda d: seen.append(1) or {**d, "a": 1}, 2: lambda d: seen.append(2) or {**d, "b": 2}}
    result = migrations.migrate({"schema_version": 1}, 1, steps)
    assert seen == [1, 2]
    assert result == {"schema_version": 3, "a": 1, "b": 2}


def test_every_schema_before_the_current_one_has_a_migration():
    assert set(migrations.MIGRATIONS) == set(range(1, CURRENT_SCHEMA))


BAD_INPUTS = {
    "empty": (b"", "empty"),
    "whitespace": (b"  \n ", "empty"),
    "truncated JSON": (dumps(journey([tp("a", "attention")]))[:-40], "broken JSON at line"),
    "binary junk": (bytes(range(256)) * 4, "not UTF-8"),
    "zero bytes": (b"\x00" * 8192, "broken JSON"),
    "a list": (b"[1, 2, 3]", "not a journeymap file"),
    "another JSON file": (b'{"name": "package", "version": "1.0"}', "not a journeymap file"),
    "no version": (b'{"format": "journeymap"}', "no valid schema_version"),
    "version as text": (b'{"format": "journeymap", "schema_version": "1"}', "no valid schema_version"),
    "version as bool": (b'{"format": "journeymap", "schema_version": true}', "no valid schema_version"),
    "future version": (b'{"format": "journeymap", "schema_version": 99}', "schema_version 99"),
    "version zero": (b'{"format": "journeymap", "schema_version": 0}', "unknown schema_version 0"),
    "NaN": (b'{"format": "journeymap", "schema_version": 1, "touchpoints": [{"id": "a", "label": "x", '
            b'"phase": "attention", "position": NaN}]}', "NaN"),
    "Infinity": (b'{"format": "journeymap", "schema_version": 1, "x": -Infinity}', "-Infinity"),
    "wrong type": (raw(envelope(touchpoints=[{"id": "a", "label": "x", "phase": "attention", "emotion": "happy"}])),
                   "touchpoints[0].emotion"),
    "emotion out of range": (raw(envelope(touchpoints=[{"id": "a", "label": "x", "phase": "attention",
                                                        "emotion": 5}])), "touchpoints[0].emotion"),
    "unknown field": (raw(envelope(colour="red")), "colour: unknown field"),
    "duplicate touchpoint ids": (raw(envelope(touchpoints=[{"id": "a", "label": "x", "phase": "attention"}] * 2)),
                                 "touchpoint id 'a' is used twice"),
    "dangling link": (raw(envelope(touchpoints=[{"id": "a", "label": "x", "phase": "attention"}],
                                   links=[{"id": "l", "source": "a", "target": "ghost"}])), "'ghost'"),
    "duplicate link ids": (raw(envelope(
        touchpoints=[{"id": "a", "label": "x", "phase": "attention"}, {"id": "b", "label": "y", "phase": "action"}],
        links=[{"id": "l", "source": "a", "target": "b"}, {"id": "l", "source": "b", "target": "a"}])),
        "link id 'l' is used twice"),
    "unknown phase": (raw(envelope(touchpoints=[{"id": "a", "label": "x", "phase": "later"}])), "'later'"),
    "persona names a missing touchpoint": (raw(envelope(personas=[{"id": "p", "name": "P",
                                                                  "touchpoint_ids": ["ghost"]}])), "'ghost'"),
    "long string": (raw(envelope(meta={"title": "x" * 10_001})), "10,001 characters"),
    "long key": (raw(envelope(**{"k" * 10_001: 1})), "10,001 characters"),
    "lone surrogate": (b'{"format": "journeymap", "schema_version": 1, "meta": {"title": "\\ud800"}}', "surrogate"),
    "deep nesting": (b'{"format": "journeymap", "schema_version": 1, "x": ' + b"[" * 100 + b"]" * 100 + b"}",
                     "nested more than"),
    "very deep nesting": (b'{"format": "journeymap", "schema_version": 1, "x": ' + b"[" * 200_000, "nested"),
    "bad id": (raw(envelope(touchpoints=[{"id": "../../etc", "label": "x", "phase": "attention"}])),
               "touchpoints[0].id"),
}


@pytest.mark.parametrize("name", list(BAD_INPUTS))
def test_bad_input_gives_one_clear_line(name):
    content, expected = BAD_INPUTS[name]
    with pytest.raises(LoadError) as info:
        loads(content)
    message = str(info.value)
    assert expected in message
    assert "\n" not in message and len(message) < 300


def test_too_many_touchpoints_and_links():
    many = [{"id": f"t{i}", "label": "x", "phase": "attention"} for i in range(10_001)]
    with pytest.raises(LoadError, match="10,001 touchpoints; at most 10,000"):
        loads(raw(envelope(touchpoints=many)))
    links = [{"id": f"l{i}", "source": "a", "target": "b"} for i in range(50_001)]
    with pytest.raises(LoadError, match="50,001 links; at most 50,000"):
        loads(raw(envelope(links=links)))


def test_a_30_mb_file_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.journey"
    with path.open("wb") as handle:
        handle.write(b'{"format": "journeymap", "schema_version": 1, "meta": {"title": "')
        handle.write(b"x" * (30 * 1024 * 1024))
        handle.write(b'"}}')
    with pytest.raises(LoadError, match="larger than 20 MB") as info:
        load(path)
    assert str(info.value).startswith(str(path))


def test_load_reports_path_for_missing_file_and_folder(tmp_path):
    with pytest.raises(LoadError, match="no such file"):
        load(tmp_path / "missing.journey")
    with pytest.raises(LoadError, match="is a folder"):
        load(tmp_path)


def test_utf8_bom_is_accepted(sample_data):
    assert loads(b"\xef\xbb\xbf" + dumps(sample_data)) == sample_data


def test_links_and_personas_survive_with_loop_back():
    data = journey([tp("a", "attention"), tp("z", "advocacy")], [link("a", "z"), link("z", "a", "loop_back")])
    assert loads(dumps(data)).links[1].kind == "loop_back"


def test_empty_blueprints_read_as_the_default_and_filled_ones_as_written():
    """The reader leaves exactly-empty blueprints to the model's default (a speed-up): the journey read is the same
    value, saved the same bytes; a blueprint with anything in it, or with an unknown field, is validated as ever."""
    from journeymap.fileformat.reader import _EMPTY_BLUEPRINT
    from journeymap.model import Blueprint, BlueprintRow
    from journeymap.model.data import ProjectData

    filled = Blueprint(backstage=BlueprintRow(texts=("Pack",), owner="Lager"))
    data = journey([tp("a", "attention"), tp("b", "interest").model_copy(update={"blueprint": filled})],
                   [link("a", "b")])
    raw = dumps(data)
    assert raw.count(b'"blueprint"') == 2
    document = json.loads(raw)
    read = loads(raw)
    assert read == ProjectData.model_validate({k: v for k, v in document.items()
                                               if k not in ("format", "schema_version", "app_version")})
    assert read.touchpoints[0].blueprint == Blueprint() and read.touchpoints[1].blueprint == filled
    assert dumps(read) == raw
    document["touchpoints"][0]["blueprint"] = {**_EMPTY_BLUEPRINT, "extra": {"texts": [], "owner": ""}}
    with pytest.raises(LoadError, match=r"touchpoints\[0\]\.blueprint\.extra: unknown field"):
        loads(json.dumps(document))
    document["touchpoints"][0]["blueprint"] = {**_EMPTY_BLUEPRINT, "support": {"texts": [""], "owner": ""}}
    with pytest.raises(LoadError, match=r"\.blueprint\.support\.texts\[0\]: String should have at least 1"):
        loads(json.dumps(document))
