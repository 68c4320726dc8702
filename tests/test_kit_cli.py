"""`journeymap cards` and `journeymap poster` from the command line: what they write, what they say, the overwrite
rule, exit codes, bad input without a traceback and without a file left behind; run in a real subprocess too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap.catalogue import catalogue
from journeymap.cli import main
from journeymap.locate import resource_path
from tests.helpers.kit_pdf import MM, page_texts, squeezed

SAMPLE = resource_path("samples", "schmidt.journey")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    """The exit code and what was printed; argparse's own usage errors end in SystemExit(2), as in the script."""
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cards_of_the_catalogue(tmp_path, capsys):
    out = tmp_path / "karten.pdf"
    code, said, err = run(capsys, "cards", "-o", str(out), "--lang", "de", "--blank", "3")
    assert code == 0 and err == ""
    n = len(catalogue())
    assert said.strip() == f"{out} geschrieben: {n} Karten und 3 leere Karten auf 6 Seiten A4, zum Ausschneiden"
    content = out.read_bytes()
    text = squeezed("\n".join(page_texts(content)))
    assert all(squeezed(entry.name.de) in text for entry in catalogue())


def test_cards_of_a_journey_on_a3_in_the_journeys_language(tmp_path, capsys):
    out = tmp_path / "cards.pdf"
    code, said, _ = run(capsys, "cards", "-o", str(out), "--journey", str(SAMPLE), "--paper", "a3")
    assert code == 0 and "geschrieben: 24 Karten auf 3 Seiten A3" in said  # the sample is a German journey
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width) / MM) == 297


def test_persona_sheets(tmp_path, capsys):
    out = tmp_path / "personas.pdf"
    code, said, _ = run(capsys, "cards", "--personas", "-o", str(out), "--journey", str(SAMPLE), "--blank", "2",
                        "--lang", "en")
    assert code == 0 and said.strip() == f"{out} written: 1 persona sheet and 2 empty sheets on A4"
    assert "Dr. Katrin Vogel" in page_texts(out.read_bytes())[0]


@pytest.mark.parametrize("paper, width_mm", [("a2", 594), ("a1", 841), ("a0", 1189)])
def test_poster(tmp_path, capsys, paper, width_mm):
    out = tmp_path / "poster.pdf"
    code, said, _ = run(capsys, "poster", "-o", str(out), "--paper", paper, "--lang", "en")
    assert code == 0 and said.strip() == f"{out} written: lane poster, {paper.upper()} landscape"
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width) / MM) == width_mm


def test_poster_of_a_journey(tmp_path, capsys):
    out = tmp_path / "map.pdf"
    code, said, _ = run(capsys, "poster", "-o", str(out), "--journey", str(SAMPLE))
    assert code == 0 and "die Karte der Journey als Poster, A1 quer, 24 Touchpoints" in said


def test_existing_output_needs_force(tmp_path, capsys):
    out = tmp_path / "x.pdf"
    out.write_bytes(b"keep me")
    code, _, err = run(capsys, "poster", "-o", str(out))
    assert code == 1 and err.strip() == f"error: {out}: already exists (use --force to overwrite it)"
    assert out.read_bytes() == b"keep me"
    out.chmod(0o444)
    code, _, _ = run(capsys, "cards", "-o", str(out), "--force")
    assert code == 0 and out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize("argv, message", [
    (["cards", "-o", "{tmp}/x.txt"], "must be a .pdf file"),
    (["cards", "-o", "{tmp}/x.pdf", "--paper", "a2"], "invalid choice"),
    (["cards", "-o", "{tmp}/x.pdf", "--blank", "-1"], "from 0 to 1000"),
    (["cards", "-o", "{tmp}/x.pdf", "--blank", "many"], "not a whole number"),
    (["cards", "-o", "{tmp}/x.pdf", "--personas", "--paper", "a3"], "printed on A4"),
    (["poster", "-o", "{tmp}/x.pdf", "--paper", "a4"], "invalid choice"),
    (["poster", "-o", "{tmp}/x.pdf", "--blank", "2"], "unrecognized arguments"),
    (["poster"], "required"),
])
def test_wrong_usage_exits_2(tmp_path, capsys, argv, message):
    code, _, err = run(capsys, *[a.format(tmp=tmp_path) for a in argv])
    assert code == 2 and message in err
    assert not list(tmp_path.iterdir())


def test_bad_or_empty_journey_exits_1_and_leaves_nothing(tmp_path, capsys):
    bad = tmp_path / "bad.journey"
    bad.write_text('{"format": "journeymap", "schema_version": 999}', "utf-8")
    out = tmp_path / "out.pdf"
    code, _, err = run(capsys, "poster", "-o", str(out), "--journey", str(bad))
    assert code == 1 and err.startswith(f"error: {bad}: ") and "999" in err and err.count("\n") == 1
    assert "Traceback" not in err and not out.exists()
    assert run(capsys, "new", "-o", str(tmp_path / "empty.journey"))[0] == 0
    code, _, err = run(capsys, "cards", "-o", str(out), "--journey", str(tmp_path / "empty.journey"))
    assert code == 1 and "no touchpoints" in err and "--blank" in err and not out.exists()
    code, _, _ = run(capsys, "cards", "-o", str(out), "--journey", str(tmp_path / "missing.journey"))
    assert code == 1 and not out.exists()


def test_output_in_a_missing_folder_exits_1(tmp_path, capsys):
    code, _, err = run(capsys, "cards", "-o", str(tmp_path / "nope" / "x.pdf"))
    assert code == 1 and err.startswith("error: ")


def test_real_subprocess_without_a_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["LANG"] = "de_DE.UTF-8"
    out = tmp_path / "k.pdf"
    result = subprocess.run([sys.executable, "-m", "journeymap", "cards", "-o", str(out), "--blank", "1"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "geschrieben" in result.stdout  # no --lang, no journey: the system's language
    assert Path(out).read_bytes().startswith(b"%PDF")


def test_a_map_too_tall_for_one_poster_gets_a_hint(tmp_path, capsys):
    from journeymap.fileformat import save
    from journeymap.model import ProjectData, Touchpoint

    big = tmp_path / "big.journey"
    save(ProjectData(touchpoints=tuple(Touchpoint(id=f"t{i}", label=f"Karte {i}", phase="attention", position=i)
                                       for i in range(400))), big)
    code, said, _ = run(capsys, "poster", "-o", str(tmp_path / "p.pdf"), "--journey", str(big), "--lang", "en")
    assert code == 0 and "too tall for one poster" in said and "--mode tile" in said
    code, said, _ = run(capsys, "poster", "-o", str(tmp_path / "q.pdf"), "--journey", str(SAMPLE))
    assert code == 0 and "Hinweis" not in said
