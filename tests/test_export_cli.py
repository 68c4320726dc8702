"""`journeymap export`: formats by suffix, options, exit codes, one-line errors, nothing half-written."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from journeymap.cli import main
from journeymap.locate import resource_path

SAMPLE = str(resource_path("samples", "schmidt.journey"))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_pdf_export(tmp_path, capsys):
    out = tmp_path / "report.pdf"
    before = Path(SAMPLE).read_bytes()
    code, stdout, err = run(capsys, "export", SAMPLE, "-o", str(out), "--paper", "a3", "--lang", "en")
    assert code == 0 and err == ""
    assert "pages" in stdout and "fit" in stdout
    reader = PdfReader(out)
    assert round(float(reader.pages[0].mediabox.height)) == 1191
    assert "Journey map" in reader.pages[2].extract_text()
    code, stdout, _ = run(capsys, "export", SAMPLE, "-o", str(tmp_path / "tiles.pdf"), "--mode", "tile")
    assert code == 0 and "Karte: gekachelt" in stdout  # the sample journey is German
    assert Path(SAMPLE).read_bytes() == before  # the input is never touched


def test_csv_export_in_the_journeys_language(tmp_path, capsys):
    out = tmp_path / "Touchpoints.CSV"
    code, stdout, _ = run(capsys, "export", SAMPLE, "-o", str(out))
    assert code == 0 and stdout == f"{out} exportiert (24 Zeilen)\n"
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid;phase;label")
    assert ";2,2;" in out.read_text("utf-8-sig")  # the sample is German: decimal comma


@pytest.mark.parametrize("name", ["report.docx", "map.jpg", "report"])
def test_formats_the_cli_cannot_write_are_usage_errors(tmp_path, capsys, name):
    code, _, err = run(capsys, "export", SAMPLE, "-o", str(tmp_path / name))
    assert code == 2
    assert err.startswith("error: ") and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_bad_input_is_exit_1_with_one_line_and_no_output(tmp_path, capsys):
    bad = tmp_path / "bad.journey"
    bad.write_text("{not json", "utf-8")
    out = tmp_path / "out.pdf"
    for source in (bad, tmp_path / "missing.journey"):
        code, _, err = run(capsys, "export", str(source), "-o", str(out))
        assert code == 1
        assert err.startswith(f"error: {source}: ") and err.count("\n") == 1
        assert not out.exists()
    assert bad.read_text("utf-8") == "{not json"


def test_unwritable_output_is_exit_1(tmp_path, capsys):
    code, _, err = run(capsys, "export", SAMPLE, "-o", str(tmp_path / "no" / "such" / "folder" / "r.pdf"))
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    if os.name == "posix" and os.geteuid() != 0:  # root may write anywhere
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            code, _, err = run(capsys, "export", SAMPLE, "-o", str(locked / "r.pdf"))
            assert code == 1 and err.count("\n") == 1
            assert list(locked.iterdir()) == []
        finally:
            locked.chmod(0o700)


def test_output_that_is_a_folder_is_exit_1(tmp_path, capsys):
    folder = tmp_path / "r.pdf"
    folder.mkdir()
    code, _, err = run(capsys, "export", SAMPLE, "-o", str(folder))
    assert code == 1 and err.count("\n") == 1
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]  # no temporary file left beside it


@pytest.mark.parametrize("argv", [
    ["export", SAMPLE],                                   # no -o
    ["export", "-o", "x.pdf"],                            # no FILE
    ["export", SAMPLE, "-o", "x.pdf", "--paper", "a5"],
    ["export", SAMPLE, "-o", "x.pdf", "--mode", "zoom"],
    ["export", SAMPLE, "-o", "x.pdf", "--lang", "fr"],
])
def test_wrong_usage_is_exit_2(argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert list(tmp_path.iterdir()) == []


def test_console_script_without_display(tmp_path):
    """The real command in a fresh interpreter, with no display: exit 0 and a PDF."""
    out = tmp_path / "r.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "journeymap", "export", SAMPLE, "-o", str(out)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF-")


def test_mermaid_export_round_trips_through_import(tmp_path, capsys):
    from journeymap.fileformat import load
    from journeymap.model import Project

    sample = resource_path("samples", "schmidt.journey")
    out = tmp_path / "map.mmd"
    assert main(["export", str(sample), "-o", str(out)]) == 0
    text = out.read_text("utf-8")
    assert text.startswith("journey") and "section Aufmerksamkeit" in text
    back = tmp_path / "back.journey"
    assert main(["import", str(out), "-o", str(back)]) == 0
    before = Project(load(sample)).journey_order()
    after = Project(load(back)).journey_order()
    assert [(t.phase, t.label, t.emotion) for t in after] == [(t.phase, t.label, t.emotion) for t in before]


def test_sections_papers_and_xlsx_from_the_command_line(tmp_path, capsys):
    out = tmp_path / "short.pdf"
    code, stdout, err = run(capsys, "export", SAMPLE, "-o", str(out), "--sections", "cover, map", "--paper", "a2")
    assert code == 0 and err == ""
    reader = PdfReader(out)
    assert len(reader.pages) == 2 and round(float(reader.pages[1].mediabox.width)) == 1684
    code, stdout, _ = run(capsys, "export", SAMPLE, "-o", str(tmp_path / "numbers.xlsx"))
    assert code == 0 and "Arbeitsmappe mit 24 Touchpoints, 10 KPIs und den Befunden" in stdout
    code, _, err = run(capsys, "export", SAMPLE, "-o", str(tmp_path / "p.pdf"), "--paper", "poster",
                       "--sections", "map")
    assert code == 0


@pytest.mark.parametrize("sections", ["cover,index", ",", ""])
def test_unknown_sections_are_wrong_usage(tmp_path, capsys, sections):
    with pytest.raises(SystemExit) as info:
        main(["export", SAMPLE, "-o", str(tmp_path / "x.pdf"), "--sections", sections])
    assert info.value.code == 2
    assert list(tmp_path.iterdir()) == []


def test_sections_with_nothing_to_show_are_exit_1(tmp_path, capsys):
    empty = tmp_path / "empty.journey"
    assert main(["new", "-o", str(empty)]) == 0
    code, _, err = run(capsys, "export", str(empty), "-o", str(tmp_path / "x.pdf"), "--sections", "kpis")
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1
    assert not (tmp_path / "x.pdf").exists()
