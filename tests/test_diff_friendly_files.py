"""Diff-friendly `.journey` files: unchanged content saves byte-identical, `meta.modified` moves only with the
content, mappings are written in a stable order, and the lineage records each earlier version."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path

import pytest

from journeymap.commands import EditTouchpoint
from journeymap.document import Document
from journeymap.fileformat import CURRENT_SCHEMA, dumps, load, save
from journeymap.model import Persona
from journeymap.model.lineage import Lineage, common_ancestor, content_hash
from tests.conftest import make_sample

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def saved(tmp_path) -> Path:
    data = make_sample()
    data = data.model_copy(update={"meta": data.meta.model_copy(
        update={"created": "2025-01-01T09:00:00+00:00", "modified": "2025-01-01T09:00:00+00:00"})})
    path = tmp_path / "j.journey"
    save(data, path, backup=False)
    return path


def open_doc(path: Path, tmp_path: Path) -> Document:
    return Document.open(path, autosave_folder=tmp_path / "autosave")


def test_saving_unchanged_content_writes_the_same_bytes(qapp, saved, tmp_path):
    document = open_doc(saved, tmp_path)
    before = saved.read_bytes()
    document.save()  # the first save gives the journey its id (the lineage is no content): modified stays
    first = saved.read_bytes()
    assert json.loads(first)["meta"]["modified"] == "2025-01-01T09:00:00+00:00"
    assert json.loads(first)["lineage"]["journey"].startswith("jr-")
    assert [line for line in difflib.unified_diff(before.decode().splitlines(), first.decode().splitlines(), n=0)
            if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))] == [
        '-  "journey": null,', f'+  "journey": "{json.loads(first)["lineage"]["journey"]}",']
    document.save()
    assert saved.read_bytes() == first
    document.project.set_view(general_curve=False)  # the view is no content either
    document.save()
    assert json.loads(saved.read_bytes())["meta"]["modified"] == "2025-01-01T09:00:00+00:00"
    document.close()


def test_an_edit_moves_the_time_and_records_the_version_before(qapp, saved, tmp_path):
    document = open_doc(saved, tmp_path)
    original = content_hash(document.project.to_data())
    document.push(EditTouchpoint(document.project, "web", {"label": "Website 2.0"}))
    document.save()
    data = load(saved)
    assert data.meta.modified != "2025-01-01T09:00:00+00:00"
    assert data.lineage.ancestors == (original,)
    second = content_hash(data)
    document.push(EditTouchpoint(document.project, "web", {"label": "Website 3.0"}))
    document.save()
    assert load(saved).lineage.ancestors == (second, original)
    document.close()


def test_an_edit_undone_before_saving_changes_nothing(qapp, saved, tmp_path):
    document = open_doc(saved, tmp_path)
    document.save()
    first = saved.read_bytes()
    document.push(EditTouchpoint(document.project, "web", {"label": "kurz"}))
    document.undo_stack.undo()
    document.save()
    assert saved.read_bytes() == first
    document.close()


def test_one_label_changed_is_a_small_text_diff(qapp, saved, tmp_path):
    document = open_doc(saved, tmp_path)
    document.push(EditTouchpoint(document.project, "web", {"label": "Website 2.0"}))
    document.save()
    before = saved.read_text("utf-8").splitlines()
    document.push(EditTouchpoint(document.project, "web", {"label": "Website 3.0"}))
    document.save()
    after = saved.read_text("utf-8").splitlines()
    changed = [line for line in difflib.unified_diff(before, after, n=0)
               if line.startswith(("+", "-")) and not line.startswith(("+++", "---"))]
    assert len(changed) <= 5, changed  # the label, the save time (unless the same second), one more ancestor
    assert {'-   "label": "Website 2.0",', '+   "label": "Website 3.0",'} <= set(changed)


def test_mappings_are_written_in_a_stable_order():
    data = make_sample()
    one = data.model_copy(update={"answers": {"visualisation": 1, "credibility": 3}, "personas": (
        Persona(id="p1", name="Eva", emotions={"web": 1, "fair": -1}),)})
    two = data.model_copy(update={"answers": {"credibility": 3, "visualisation": 1}, "personas": (
        Persona(id="p1", name="Eva", emotions={"fair": -1, "web": 1}),)})
    assert dumps(one) == dumps(two)
    assert content_hash(one) == content_hash(two)


def test_a_schema_1_file_still_loads_and_saves_as_the_current_schema(tmp_path):
    path = tmp_path / "old.journey"
    shutil.copy(FIXTURES / "v1_example.journey", path)
    data = load(path)
    assert data.lineage == Lineage()
    save(data, path)
    assert json.loads(path.read_bytes())["schema_version"] == CURRENT_SCHEMA == 2
    assert load(path) == data


def test_a_newer_lineage_field_is_refused_by_name(tmp_path):
    document = json.loads(dumps(make_sample()))
    document["lineage"]["ancestors"] = ["not a hash"]
    path = tmp_path / "bad.journey"
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(Exception, match=r"lineage\.ancestors\[0\]"):
        load(path)


def test_the_common_ancestor_of_two_versions():
    a = Lineage(journey="jr-1", ancestors=("2" * 32, "1" * 32, "0" * 32))
    b = Lineage(journey="jr-1", ancestors=("9" * 32, "1" * 32))
    assert common_ancestor(a, "a" * 32, b, "b" * 32) == "1" * 32
    assert common_ancestor(a, "2" * 32, b, "b" * 32) == "1" * 32  # b never saw 2
    assert common_ancestor(a, "a" * 32, Lineage(journey="jr-1", ancestors=("a" * 32,)), "c" * 32) == "a" * 32
    assert common_ancestor(a, "a" * 32, b.model_copy(update={"journey": "jr-2"}), "b" * 32) is None
    assert common_ancestor(Lineage(), "a" * 32, Lineage(), "a" * 32) is None
