"""The catalogue schema: accepts the bundled data and a small fixture, refuses broken ones with one clear line."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from journeymap.catalogue import CATEGORY_IDS, CatalogueError, catalogue, load_catalogue

MINI = Path(__file__).parent / "fixtures" / "catalogue" / "mini"


def test_bundled_catalogue_loads_once() -> None:
    first = catalogue()
    assert first is catalogue()
    assert len(first.entries) >= 23 + 12
    assert tuple(c.id for c in first.categories) == CATEGORY_IDS


def test_load_catalogue_reads_the_bundled_folder_by_default() -> None:
    assert [e.id for e in load_catalogue().entries] == [e.id for e in catalogue().entries]


def test_mini_fixture_is_valid() -> None:
    cat = load_catalogue(MINI / "catalogue")
    assert [e.id for e in cat.entries] == ["web_page", "fair_stand", "hotline"]
    assert cat.get("web_page").needs["low_running_cost"] == 2
    assert cat.get("web_page").needs_source["visualisation"] == "guide"
    assert cat.get("web_page").needs_source["low_running_cost"] == "own"


@pytest.fixture
def broken(tmp_path: Path) -> Callable[..., CatalogueError]:
    """Copy the mini catalogue, let a function change its JSON, load it and return the error."""

    def load(change: Callable[[dict], object], file: str = "touchpoints.json") -> CatalogueError:
        folder = tmp_path / "mini"
        shutil.copytree(MINI, folder)
        path = folder / "catalogue" / file
        document = json.loads(path.read_text(encoding="utf-8"))
        change(document)
        path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(CatalogueError) as info:
            load_catalogue(folder / "catalogue")
        message = str(info.value)
        assert "\n" not in message and message.startswith(f"{file}: ")
        return info.value

    return load


def _web(document: dict) -> dict:
    return document["entries"][0]


def _set(path: str, value: object) -> Callable[[dict], None]:
    """Set a value inside the first entry, e.g. `_set("name.de", "")` or `_set("phases.0", "interst")`."""

    def change(document: dict) -> None:
        target: object = _web(document)
        *parents, last = path.split(".")
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]  # type: ignore[index]
        if isinstance(target, list):
            target[int(last)] = value
        elif value is _DELETE:
            del target[last]  # type: ignore[union-attr]
        else:
            target[last] = value  # type: ignore[index]

    return change


_DELETE = object()
VIS = "entry 'web_page': ratings[0].values.visualisation: "


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (_set("phases.0", "interst"), "entry 'web_page': phases[0]: 'interst' is not a phase"),
        (_set("phases", ["desire", "interest"]), "entry 'web_page': phases: not in journey order"),
        (_set("phases", ["desire", "desire"]), "entry 'web_page': phases: 'desire' appears twice"),
        (_set("phases", []), "entry 'web_page': phases: "),
        (_set("name.en", _DELETE), "entry 'web_page': name.en: is missing"),
        (_set("name.de", ""), "entry 'web_page': name.de: must not be empty"),
        (_set("description.en", "Trailing space "), "entry 'web_page': description.en: has leading or trailing"),
        (_set("pros.1.de", None), "entry 'web_page': pros[1].de: Input should be a valid string"),
        (_set("id", "Web-Page"), "entry 'Web-Page': id: String should match pattern"),
        (_set("kind", "online"), "entry 'web_page': kind: Input should be 'digital' or 'analogue'"),
        (_set("contact", "both"), "entry 'web_page': contact: "),
        (_set("source", "wikipedia"), "entry 'web_page': source: "),
        (_set("ratings.0.values.visualisation", 4), VIS + "Input should be less than or equal to 3"),
        (_set("ratings.0.values.visualisation", -1), VIS + "Input should be greater"),
        (_set("ratings.0.values.visualisation", True), VIS + "Input should be a valid int"),
        (_set("ratings.0.values.visualisation", 2.0), VIS + "Input should be a valid int"),
        (_set("ratings.0.values.visualization", 1), "entry 'web_page': ratings[0].values.visualization: "
                                                   "'visualization' is not a need category"),
        (_set("ratings.1.values", {"visualisation": 1}), "entry 'web_page': ratings: 'visualisation' is rated in more"),
        (_set("ratings.1.values", {}), "entry 'web_page': ratings[1].values: "),
        (_set("ratings", [{"source": "guide", "values": {"visualisation": 1}}]),
         "entry 'web_page': ratings: 'synchronous_communication' is not rated (nor 12 more)"),
        (_set("ratings.1.reason", _DELETE), "entry 'web_page': ratings[1].reason: an 'own' rating block needs a"),
        (_set("ratings.1.source", "theirs"), "entry 'web_page': ratings[1].source: "),
        (_set("pros", [{"de": "Nur einer", "en": "Only one"}]), "entry 'web_page': pros: "),
        (_set("entry_cost", "cheap"), "entry 'web_page': entry_cost: Input should be 'low', 'medium' or 'high'"),
        (_set("effort", _DELETE), "entry 'web_page': effort: is missing"),
        (_set("kpis", []), "entry 'web_page': kpis: "),
        (_set("kpis.0.better", "more"), "entry 'web_page': kpis[0].better: "),
        (_set("kpis.0.unit", ""), "entry 'web_page': kpis[0].unit: "),
        (_set("icon", "../web_page.svg"), "entry 'web_page': icon: String should match pattern"),
        (_set("icon", "missing.svg"), "entry 'web_page': icon: 'missing.svg' is not in"),
        (_set("colour", "#fff"), "entry 'web_page': colour: is not a known field"),
    ],
)
def test_broken_entry_names_entry_and_field(broken, change, expected: str) -> None:
    error = broken(change)
    assert str(error).startswith(f"touchpoints.json: {expected}"), str(error)
    assert error.entry == _entry_of(str(error))


def _entry_of(message: str) -> str:
    return message.split("'")[1]


def test_error_parts_are_kept(broken) -> None:
    error = broken(_set("phases.0", "interst"))
    assert str(error) == (
        "touchpoints.json: entry 'web_page': phases[0]: 'interst' is not a phase "
        "(use one of attention, interest, desire, action, loyalty, advocacy)"
    )
    assert (error.entry, error.field) == ("web_page", "phases[0]")
    assert error.path.name == "touchpoints.json"
    assert error.detail == str(error).removeprefix("touchpoints.json: ")


def test_entry_without_id_is_named_by_position(broken) -> None:
    error = broken(lambda d: d["entries"][1].pop("id"))
    assert str(error) == "touchpoints.json: entry #2: id: is missing"


def test_entry_that_is_not_an_object(broken) -> None:
    error = broken(lambda d: d["entries"].append("hotline"))
    assert str(error).startswith("touchpoints.json: entries[3]: ")


def test_repeated_id(broken) -> None:
    error = broken(lambda d: d["entries"].append(dict(d["entries"][0])))
    assert str(error) == "touchpoints.json: entry 'web_page': id: is used by an earlier entry too"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.update(format="other"), "touchpoints.json: format: Input should be 'journeymap-catalogue'"),
        (lambda d: d.update(version=2), "touchpoints.json: version: Input should be 1"),
        (lambda d: d.pop("entries"), "touchpoints.json: entries: is missing"),
    ],
)
def test_broken_envelope(broken, change, expected: str) -> None:
    assert str(broken(change)) == expected


def test_repeated_key_names_the_entry(tmp_path: Path) -> None:
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    path = folder / "catalogue" / "touchpoints.json"
    text = path.read_text(encoding="utf-8")
    text = text.replace('"visualisation": 3,', '"visualisation": 3, "visualisation": 1,', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogueError) as info:
        load_catalogue(folder / "catalogue")
    assert str(info.value) == "touchpoints.json: entry 'web_page': the key 'visualisation' appears twice"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b'{"format": "journeymap-catalogue", "version": 1, "entries": [', "is not valid JSON"),
        (b'{"format": "journeymap-catalogue", "version": NaN, "entries": []}', "holds NaN"),
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (b"[]", "Input should be a valid dictionary"),
    ],
)
def test_unreadable_file(tmp_path: Path, raw: bytes, expected: str) -> None:
    folder = tmp_path / "mini"
    shutil.copytree(MINI, folder)
    (folder / "catalogue" / "touchpoints.json").write_bytes(raw)
    with pytest.raises(CatalogueError, match=expected):
        load_catalogue(folder / "catalogue")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogueError, match=r"^needs\.json: no such file$"):
        load_catalogue(tmp_path)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d["categories"].pop(), "needs.json: categories: 'low_running_cost' is missing"),
        (lambda d: d["categories"].reverse(), "needs.json: categories: not in the contract order"),
        (lambda d: d["categories"].append(d["categories"][0]), "needs.json: categories: 'synchronous_communication' "
                                                               "appears twice"),
        (lambda d: d["categories"][4]["question"].update(de=""), "needs.json: category 'visualisation': question.de: "
                                                                 "must not be empty"),
        (lambda d: d["categories"][4].update(id="visualization"), "needs.json: category 'visualization': id: "
                                                                  "'visualization' is not a need category"),
        (lambda d: d["categories"][0].pop("explanation"), "needs.json: category 'synchronous_communication': "
                                                          "explanation: is missing"),
    ],
)
def test_broken_needs(broken, change, expected: str) -> None:
    assert str(broken(change, "needs.json")).startswith(expected)
