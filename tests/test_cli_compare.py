"""`journeymap diff` and `journeymap merge`: output, exit codes (0, 1, 2, 3), the overwrite rule, JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap.cli import main
from journeymap.fileformat import load, save
from journeymap.model import Link, Project, ProjectData, Touchpoint
from journeymap.model.lineage import Lineage, content_hash
from tests.conftest import make_sample


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path) -> dict[str, Path]:
    """A base journey and two versions of it: ours renames `web` and adds a card, theirs sets the emotion of
    `web`, adds a card and a link to it."""
    base = make_sample().model_copy(update={"lineage": Lineage(journey="jr-test")})
    ours, theirs = Project(base), Project(base)
    ours.update_touchpoint("web", label="Website 2.0")
    ours.add_touchpoint(Touchpoint(id="tp-chat", label="Live-Chat", phase="interest", position=1))
    theirs.update_touchpoint("web", emotion=2, pain_points=("lädt langsam",))
    theirs.add_touchpoint(Touchpoint(id="tp-fair", label="Hausmesse", phase="attention", position=1))
    theirs.add_link(Link(id="ln-fair", source="tp-fair", target="web"))
    paths = {}
    for name, data in (("base", base), ("ours", ours.to_data()), ("theirs", theirs.to_data())):
        paths[name] = tmp_path / f"{name}.journey"
        save(data, paths[name], backup=False)
    return paths


# ---------------------------------------------------------------- diff
def test_diff_prints_what_changed(files, capsys):
    code, out, err = run(capsys, "diff", files["base"], files["ours"], "--lang", "de")
    assert code == 0 and not err
    lines = out.splitlines()
    assert lines[0] == f"{files['base']} → {files['ours']}: 2 Touchpoints (1 neu, 1 geändert)"
    assert "  + Touchpoint „Live-Chat“ (tp-chat) in Interesse" in lines
    assert "  Δ Touchpoint „Website 2.0“ (web)" in lines
    assert "      Bezeichnung: „Website“ → „Website 2.0“" in lines
    code, out, _ = run(capsys, "diff", files["base"], files["theirs"], "--lang", "en")
    assert "      Pain points: + “lädt langsam”" in out.splitlines()
    assert "  + Link “Hausmesse → Website” (ln-fair)" in out.splitlines()


def test_diff_json(files, capsys):
    code, out, _ = run(capsys, "diff", files["base"], files["theirs"], "--json")
    result = json.loads(out)
    assert code == 0 and result["identical"] is False
    assert result["touchpoints"]["added"] == ["tp-fair"] and result["touchpoints"]["changed"] == ["web"]
    assert result["touchpoints"]["details"]["web"]["fields"]["emotion"] == {"old": 0, "new": 2}
    assert result["links"]["added"] == ["ln-fair"]
    assert result["personas"] == {"added": [], "removed": [], "changed": [], "details": {}}
    assert result["meta"] == []
    code, out, _ = run(capsys, "diff", files["base"], files["base"], "--json")
    assert json.loads(out)["identical"] is True


def test_diff_writes_a_change_report_and_keeps_the_overwrite_rule(files, tmp_path, capsys):
    report = tmp_path / "report.pdf"
    code, out, _ = run(capsys, "diff", files["base"], files["ours"], "-o", report, "--lang", "en")
    assert code == 0 and f"change report written to {report}" in out
    assert "Phase by phase" in " ".join((p.extract_text() or "") for p in PdfReader(report).pages)
    before = report.read_bytes()
    code, _, err = run(capsys, "diff", files["base"], files["ours"], "-o", report)
    assert code == 1 and err == f"error: {report}: already exists (use --force to overwrite it)\n"
    assert report.read_bytes() == before
    assert run(capsys, "diff", files["base"], files["ours"], "-o", report, "--force")[0] == 0
    code, _, err = run(capsys, "diff", files["base"], files["ours"], "-o", tmp_path / "report.txt")
    assert code == 2 and "must be a .pdf file" in err


def test_diff_of_a_bad_file_is_one_line_and_exit_1(files, tmp_path, capsys):
    broken = tmp_path / "broken.journey"
    broken.write_text("{", "utf-8")
    code, out, err = run(capsys, "diff", files["base"], broken)
    assert (code, out) == (1, "") and err.startswith(f"error: {broken}: not a journey file")
    assert err.count("\n") == 1


# ---------------------------------------------------------------- merge
def test_a_clean_merge(files, tmp_path, capsys):
    out_path = tmp_path / "merged.journey"
    code, out, err = run(capsys, "merge", files["base"], files["ours"], files["theirs"], "-o", out_path,
                         "--json")
    assert code == 0 and not err
    assert json.loads(out) == {"output": str(out_path), "clean": True, "conflicts": []}
    merged = load(out_path)
    web = {tp.id: tp for tp in merged.touchpoints}["web"]
    assert (web.label, web.emotion, web.pain_points) == ("Website 2.0", 2, ("lädt langsam",))
    assert {"tp-chat", "tp-fair"} <= {tp.id for tp in merged.touchpoints}
    assert "ln-fair" in {link.id for link in merged.links}
    ours, theirs = load(files["ours"]), load(files["theirs"])
    assert merged.lineage.journey == "jr-test"
    assert merged.lineage.ancestors[:2] == (content_hash(ours), content_hash(theirs))


def test_conflicts_exit_3_are_named_and_ours_is_kept(files, tmp_path, capsys):
    theirs = Project(load(files["theirs"]))
    theirs.update_touchpoint("web", label="Webseite")
    theirs.update_touchpoint("shop", kpis=())
    save(theirs.to_data(), files["theirs"], backup=False)
    ours = Project(load(files["ours"]))
    ours.update_touchpoint("shop", kpis=(ours.touchpoint("shop").kpis[0].model_copy(update={"actual": 3.1}),))
    save(ours.to_data(), files["ours"], backup=False)
    out_path = tmp_path / "merged.journey"
    code, out, err = run(capsys, "merge", files["base"], files["ours"], files["theirs"], "-o", out_path)
    assert code == 3
    assert err.splitlines() == [
        "conflict: touchpoint shop kpis.actual [Konversionsrate]: changed in ours, removed in theirs; ours kept",
        "conflict: touchpoint web label: changed on both sides; ours kept"]
    assert "2 Konflikte" in out
    merged = {tp.id: tp for tp in load(out_path).touchpoints}
    assert merged["web"].label == "Website 2.0" and merged["web"].emotion == 2
    assert merged["shop"].kpis[0].actual == 3.1
    code, out, _ = run(capsys, "merge", files["base"], files["ours"], files["theirs"], "-o", out_path, "--force",
                       "--json")
    conflicts = json.loads(out)["conflicts"]
    assert code == 3 and {"entity": "touchpoint", "id": "web", "field": "label", "kind": "both_changed"} in conflicts


def test_out_may_be_ours_without_force_any_other_file_needs_it(files, tmp_path, capsys):
    other = tmp_path / "other.journey"
    other.write_text("precious", "utf-8")
    code, _, err = run(capsys, "merge", files["base"], files["ours"], files["theirs"], "-o", other)
    assert code == 1 and "already exists (use --force" in err and other.read_text("utf-8") == "precious"
    code, _, _ = run(capsys, "merge", files["base"], files["ours"], files["theirs"], "-o", files["ours"])
    assert code == 0
    assert "tp-fair" in {tp.id for tp in load(files["ours"]).touchpoints}
    assert not list(tmp_path.glob("*.bak")) and not list(tmp_path.glob(".*.tmp"))
    with pytest.raises(SystemExit) as usage:
        main(["merge", str(files["base"]), str(files["ours"]), str(files["theirs"])])
    assert usage.value.code == 2 and "-o/--output" in capsys.readouterr().err


def test_merging_what_is_already_in_gives_ours_back_unchanged(files, capsys):
    before = files["ours"].read_bytes()
    assert run(capsys, "merge", files["base"], files["ours"], files["base"], "-o", files["ours"])[0] == 0
    assert load(files["ours"]) == load_bytes(before)


def load_bytes(content: bytes) -> ProjectData:
    from journeymap.fileformat import loads

    return loads(content)


def test_bad_input_exits_1_and_writes_nothing(files, tmp_path, capsys):
    files["theirs"].write_text('{"format": "journeymap", "schema_version": 99}', "utf-8")
    out_path = tmp_path / "merged.journey"
    code, _, err = run(capsys, "merge", files["base"], files["ours"], files["theirs"], "-o", out_path)
    assert code == 1 and err.startswith(f"error: {files['theirs']}: the file uses schema_version 99")
    assert not out_path.exists()
