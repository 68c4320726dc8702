"""Schema 2: older files (the schema-1 fixture and both samples as they were) migrate; their ideas become
opportunities."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from journeymap.fileformat import CURRENT_SCHEMA, LoadError, dumps, load, loads, migrations
from journeymap.model import Blueprint, Project

FIXTURES = Path(__file__).parent / "fixtures"
OLD_FILES = ("v1_example.journey", "v1_schmidt.journey", "v1_ebike.journey")


def read_json(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text("utf-8"))


@pytest.mark.parametrize("name", OLD_FILES)
def test_older_files_migrate(name):
    document = read_json(name)
    assert document["schema_version"] == int(name[1])
    ideas = [(tp["id"], idea.strip()) for tp in document["touchpoints"] for idea in tp.get("ideas", ())
             if idea.strip()]
    assert ideas  # each fixture has ideas to migrate
    data = load(FIXTURES / name)
    assert [(o.touchpoint_ids[0], o.text) for o in data.opportunities] == ideas
    assert all(len(o.touchpoint_ids) == 1 and o.status == "idea" and o.owner == "" and o.impact is None
               and o.effort is None for o in data.opportunities)
    assert [o.id for o in data.opportunities] == [f"op-{n}" for n in range(1, len(ideas) + 1)]
    assert all(tp.blueprint == Blueprint() for tp in data.touchpoints)
    # everything else is as it was: compare the touchpoints without their ideas
    stored = [{k: v for k, v in tp.items() if k != "ideas"} for tp in document["touchpoints"]]
    migrated = [tp.model_dump(mode="json", exclude={"blueprint"}) for tp in data.touchpoints]
    assert [{k: m[k] for k in s} for s, m in zip(stored, migrated, strict=True)] == stored
    meta = data.meta.model_dump(mode="json")
    assert {k: meta[k] for k in document["meta"]} == document["meta"]
    assert len(data.links) == len(document["links"]) and len(data.personas) == len(document.get("personas", []))
    assert Project(data).to_data() == data
    again = json.loads(dumps(data))
    assert again["schema_version"] == CURRENT_SCHEMA == 2 and "ideas" not in again["touchpoints"][0]
    assert data.lineage.model_dump(mode="json") == document.get("lineage", data.lineage.model_dump(mode="json"))
    assert loads(dumps(data)) == data


def test_the_migration_is_pure_and_drops_blank_ideas():
    document = {"format": "journeymap", "schema_version": 1,
                "touchpoints": [{"id": "a", "label": "A", "phase": "attention", "ideas": ["  ", " Rückruf "]},
                                {"id": "b", "label": "B", "phase": "interest", "ideas": []},
                                {"id": "c", "label": "C", "phase": "interest"}]}
    original = copy.deepcopy(document)
    result = migrations.MIGRATIONS[1](document)
    assert document == original
    assert result["opportunities"] == [{"id": "op-1", "text": "Rückruf", "touchpoint_ids": ["a"], "status": "idea"}]
    assert [set(tp) for tp in result["touchpoints"]] == [{"id", "label", "phase"}] * 3


@pytest.mark.parametrize(("touchpoints", "message"), [
    ([{"id": "a", "label": "A", "phase": "attention", "ideas": "Rückruf"}],
     r"touchpoints\[0\].ideas: Input should be a valid list"),
    ([{"id": "a", "label": "A", "phase": "attention"}, {"id": "b", "label": "B", "phase": "attention",
                                                        "ideas": ["ok", 3]}], r"touchpoints\[1\].ideas\[1\]"),
])
def test_malformed_ideas_are_one_clear_error(touchpoints, message):
    raw = json.dumps({"format": "journeymap", "schema_version": 1, "touchpoints": touchpoints})
    with pytest.raises(LoadError, match=message):
        loads(raw)


@pytest.mark.parametrize("version", [1])
def test_an_older_file_cannot_hold_opportunities_yet(version):
    raw = json.dumps({"format": "journeymap", "schema_version": version, "touchpoints": [], "opportunities": []})
    with pytest.raises(LoadError, match="opportunities: unknown field"):
        loads(raw)


def test_a_version_2_file_names_no_ideas():
    raw = json.dumps({"format": "journeymap", "schema_version": 2,
                      "touchpoints": [{"id": "a", "label": "A", "phase": "attention", "ideas": ["x"]}]})
    with pytest.raises(LoadError, match=r"touchpoints\[0\].ideas: unknown field"):
        loads(raw)


def test_an_opportunity_that_names_a_missing_touchpoint_is_refused():
    raw = json.dumps({"format": "journeymap", "schema_version": 2, "touchpoints": [],
                      "opportunities": [{"id": "o", "text": "x", "touchpoint_ids": ["gone"]}]})
    with pytest.raises(LoadError, match="names touchpoint 'gone', which does not exist"):
        loads(raw)
