"""`journeymap catalogue` and `journeymap recommend`: output, JSON shape and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.catalogue import CATEGORY_IDS, CatalogueError, catalogue
from journeymap.cli import catalogue as catalogue_commands
from journeymap.cli import main
from journeymap.fileformat import save
from journeymap.model import ProjectData, Touchpoint

MATRIX = json.loads((Path(__file__).parent / "fixtures" / "guide_matrix.json").read_text(encoding="utf-8"))


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """Run the CLI; return exit code, stdout and stderr (argparse's usage errors included)."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def test_catalogue_json_shape(capsys) -> None:
    code, out, err = run(capsys, "catalogue", "--json")
    assert (code, err) == (0, "")
    entries = json.loads(out)
    assert [e["id"] for e in entries] == [e.id for e in catalogue().entries]
    for item in entries:
        assert set(item["name"]) == {"de", "en"} and all(item["name"].values())
        assert item["kind"] in ("digital", "analogue")
        assert item["phases"] and set(item["phases"]) <= set(MATRIX["phases"]["website"]) | {"attention"}
        assert list(item["needs"]) == list(CATEGORY_IDS) and set(item["needs"].values()) <= {0, 1, 2, 3}
    ar = next(e for e in entries if e["id"] == "ar")
    assert ar["phases"] == MATRIX["phases"]["ar"] and ar["icon"] == "ar.svg"
    assert {k: v for k, v in ar["needs"].items() if k != "low_running_cost"} == MATRIX["needs"]["ar"]


def test_catalogue_german_desire(capsys) -> None:
    code, out, _ = run(capsys, "catalogue", "--lang", "de", "--phase", "desire")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "Name", "Art", "Phasen"]
    assert lines[-1] == f"{len(lines) - 2} Einträge"
    listed = [line.split()[0] for line in lines[1:-1]]
    expected = [e.id for e in catalogue().entries
                if (e.kind == "digital" and "desire" in MATRIX["phases"][e.id])
                or (e.kind == "analogue" and "desire" in e.phases)]
    assert listed == expected
    assert {i for i in listed if i in MATRIX["phases"]} == {i for i, p in MATRIX["phases"].items() if "desire" in p}
    for line, entry_id in zip(lines[1:-1], listed, strict=False):
        entry = catalogue().get(entry_id)
        assert entry.name.de in line and "Verlangen" in line
        assert ("analog" if entry.kind == "analogue" else "digital") in line.split()


def test_catalogue_english_table_is_aligned(capsys) -> None:
    code, out, _ = run(capsys, "catalogue", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["id", "name", "kind", "phases"]
    column = lines[0].index("name")
    assert all(line[column - 2:column] == "  " for line in lines[1:-1])
    assert "Augmented reality (AR)" in out and "analogue" in out and lines[-1] == f"{len(catalogue().entries)} entries"


def test_catalogue_language_follows_the_system(capsys, monkeypatch) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert run(capsys, "catalogue")[1].startswith("ID ")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert run(capsys, "catalogue")[1].startswith("id ")


@pytest.mark.parametrize("argv", [("catalogue", "--phase", "onboarding"), ("catalogue", "--lang", "fr"),
                                  ("catalogue", "--kind", "digital"), ("recommend", "--phase", "later")])
def test_wrong_usage_exits_2(capsys, argv) -> None:
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and "error:" in err


def test_broken_catalogue_exits_1(capsys, monkeypatch, tmp_path) -> None:
    path = tmp_path / "touchpoints.json"

    def broken():
        raise CatalogueError(path, "'interst' is not a phase", owner="entry 'blog'", entry="blog", field="phases[0]")

    monkeypatch.setattr(catalogue_commands, "catalogue", broken)
    for argv in (("catalogue",), ("recommend", "--answer", "visualisation=3")):
        code, out, err = run(capsys, *argv)
        assert (code, out) == (1, "")
        assert err == f"error: {path}: entry 'blog': phases[0]: 'interst' is not a phase\n"


def test_recommend_visualisation_json(capsys) -> None:
    code, out, err = run(capsys, "recommend", "--answer", "visualisation=3", "--answer", "low_entry_cost=0", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["answers"]["visualisation"] == 3 and result["answers"]["low_entry_cost"] == 0
    assert result["empty_phases"] is None and result["phase"] is None
    ranked = result["recommendations"]
    assert len(ranked) == len(catalogue().entries)
    top = {r["id"]: r for r in ranked if r["rank"] == 1}
    assert {"ar", "vr", "website"} <= set(top)
    ids = [r["id"] for r in ranked]
    assert ids[:2] == ["ar", "vr"] and ids.index("website") < len(top)
    for entry_id in ("ar", "vr", "website"):
        rec = top[entry_id]
        assert rec["score"] == 100.0 and rec["band"] == "highly_recommended"
        assert rec["reasons"][0]["category"] == "visualisation" and rec["reasons"][0]["rating"] == 3
    assert [r["score"] for r in ranked] == sorted((r["score"] for r in ranked), reverse=True)
    assert "ties" in [n["code"] for n in result["notes"]]


def test_recommend_human_output(capsys) -> None:
    code, out, _ = run(capsys, "recommend", "--answer", "visualisation=3", "--answer", "credibility=2", "--lang", "en")
    assert code == 0
    lines = out.splitlines()
    names = {c: catalogue().category(c).name for c in ("visualisation", "credibility")}
    assert lines[0] == (f"Weighted needs: {names['visualisation'].en} = very important; "
                        f"{names['credibility'].en} = important")
    assert lines[1] == "" and lines[2].lstrip().startswith("1.  ") and " %  " in lines[2]
    assert "highly recommended" in out and f"Reasons: {names['visualisation'].en} (very important × 3/3)" in out
    code, out, _ = run(capsys, "recommend", "--answer", "visualisation=3", "--lang", "de")
    assert f"Gewichtete Bedürfnisse: {names['visualisation'].de} = sehr wichtig" in out
    assert "sehr empfehlenswert" in out and f"Gründe: {names['visualisation'].de} (sehr wichtig" in out
    assert "Hinweise:" in out


def test_recommend_without_answers_says_there_is_no_basis(capsys) -> None:
    code, out, _ = run(capsys, "recommend", "--json")
    assert code == 0
    assert [n["code"] for n in json.loads(out)["notes"]] == ["no_answers"]


def test_recommend_phase_filter(capsys) -> None:
    code, out, _ = run(capsys, "recommend", "--answer", "visualisation=3", "--phase", "attention", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["phase"] == "attention"
    assert {r["id"] for r in result["recommendations"]} == {e.id for e in catalogue().filter(phase="attention")}


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        (["visualisation"], "'visualisation' is not CATEGORY=LEVEL"),
        (["=3"], "is not CATEGORY=LEVEL"),
        (["visualisation="], "is not CATEGORY=LEVEL"),
        (["visualisation=4"], "the level of 'visualisation' must be 0, 1, 2 or 3, not '4'"),
        (["visualisation=high"], "must be 0, 1, 2 or 3"),
        (["visualization=3"], "unknown need category 'visualization'"),
        (["visualisation=1", "visualisation=2"], "'visualisation' is given twice, as 1 and 2"),
    ],
)
def test_bad_answers_are_usage_errors(capsys, answers: list[str], message: str) -> None:
    argv = ["recommend"] + [arg for answer in answers for arg in ("--answer", answer)]
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert "error: argument --answer: " in err and message in err


def test_same_answer_twice_is_fine(capsys) -> None:
    code, out, _ = run(capsys, "recommend", "--answer", "visualisation=2", "--answer", " visualisation = 2 ", "--json")
    assert code == 0 and json.loads(out)["answers"]["visualisation"] == 2


def _journey(tmp_path: Path, answers: dict[str, int]) -> Path:
    data = ProjectData(
        touchpoints=(Touchpoint(id="t1", label="Stand", phase="attention", kind="analogue"),
                     Touchpoint(id="t2", label="Web", phase="interest")),
        answers=answers,
    )
    path = tmp_path / "trip.journey"
    save(data, path, backup=False)
    return path


def test_recommend_with_project(capsys, tmp_path: Path) -> None:
    path = _journey(tmp_path, {"visualisation": 1, "credibility": 3})
    code, out, err = run(capsys, "recommend", "--project", str(path), "--answer", "visualisation=3", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["answers"]["visualisation"] == 3 and result["answers"]["credibility"] == 3  # saved + overridden
    assert result["empty_phases"] == ["desire", "action", "loyalty", "advocacy"]
    website = next(r for r in result["recommendations"] if r["id"] == "website")
    assert website["fills_phases"] == ["desire", "action", "loyalty", "advocacy"]
    code, out, _ = run(capsys, "recommend", "--project", str(path), "--lang", "en")
    assert "Empty phases of the journey: Desire, Action, Loyalty, Advocacy" in out
    assert "Fills empty phases: Desire, Action, Loyalty, Advocacy" in out


def test_recommend_with_unreadable_project_exits_1(capsys, tmp_path: Path) -> None:
    missing = tmp_path / "missing.journey"
    code, out, err = run(capsys, "recommend", "--answer", "visualisation=3", "--project", str(missing))
    assert (code, out, err) == (1, "", f"error: {missing}: no such file\n")
    garbage = tmp_path / "garbage.journey"
    garbage.write_text("{not json", encoding="utf-8")
    code, out, err = run(capsys, "recommend", "--project", str(garbage))
    assert code == 1 and out == "" and err.startswith(f"error: {garbage}: ") and err.count("\n") == 1


def test_recommend_with_unusable_saved_answers_exits_1(capsys, tmp_path: Path) -> None:
    path = _journey(tmp_path, {"visualization": 2})
    code, out, err = run(capsys, "recommend", "--project", str(path))
    assert (code, out) == (1, "")
    assert err.startswith(f"error: {path}: its saved answers are unusable: unknown need category 'visualization'")


def test_no_qt_is_imported() -> None:
    code = (
        "import sys, journeymap.cli, journeymap.cli.catalogue as c; "
        "journeymap.cli.main(['catalogue', '--json']); "
        "journeymap.cli.main(['recommend', '--answer', 'credibility=1']); "
        "bad = [m for m in sys.modules if m.startswith('PySide6')]; sys.exit('Qt imported: %s' % bad if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
