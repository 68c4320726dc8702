"""`journeymap import`: exit codes, one-line errors, no output on failure, input untouched; Qt-free core."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.fileformat import load

FIXTURES = Path(__file__).parent / "fixtures" / "interchange"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def inputs(tmp_path):
    for name in ("docs_example.mmd", "aidala_de.mmd", "touchpoints.csv"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    return tmp_path


def test_import_mermaid(inputs, capsys):
    out = inputs / "day.journey"
    code, stdout, err = run(capsys, "import", inputs / "docs_example.mmd", "-o", out, "--lang", "en")
    assert (code, err) == (0, "")
    assert "5 touchpoints, 2 phases, 4 links and 2 personas" in stdout
    data = load(out)
    assert data.meta.title == "My working day" and data.meta.language == "en"
    assert [t.label for t in data.touchpoints][:2] == ["Make tea", "Go upstairs"]
    assert main(["check", str(out)]) == 0


def test_import_csv_and_mermaid_suffix(inputs, capsys):
    out = inputs / "tps.journey"
    assert run(capsys, "import", inputs / "touchpoints.csv", "-o", out, "--lang", "de")[0] == 0
    assert len(load(out).touchpoints) == 6 and load(out).meta.language == "de"
    upper = inputs / "DAY.MERMAID"
    shutil.copy(inputs / "aidala_de.mmd", upper)
    assert run(capsys, "import", upper, "-o", inputs / "de.journey")[0] == 0
    assert load(inputs / "de.journey").phase_model.id == "aidala"


@pytest.mark.parametrize(("name", "content", "reason"), [
    ("bad.mmd", "journey\nsection A\n  Tea: 9: Me\n", "line 3: the score 9 of task 'Tea' is not 1, 2, 3, 4 or 5"),
    ("bad.csv", "phase;label\nattention;x\nsomewhere;y\n", "line 3: unknown phase 'somewhere'"),
    ("empty.mmd", "", "the file is empty"),
])
def test_bad_input_exits_1_with_one_line_and_no_output(inputs, capsys, name, content, reason):
    source = inputs / name
    source.write_text(content, "utf-8")
    before = sorted(p.name for p in inputs.iterdir())
    code, stdout, err = run(capsys, "import", source, "-o", inputs / "out.journey")
    assert code == 1 and stdout == ""
    assert err.startswith(f"error: {source}: {reason}") and err.count("\n") == 1
    assert sorted(p.name for p in inputs.iterdir()) == before  # no output, no temporary file
    assert source.read_text("utf-8") == content


def test_refuses_to_overwrite_without_force(inputs, capsys):
    out = inputs / "day.journey"
    out.write_text("precious")
    code, _, err = run(capsys, "import", inputs / "docs_example.mmd", "-o", out)
    assert code == 1 and "already exists (use --force" in err and out.read_text() == "precious"
    assert run(capsys, "import", inputs / "docs_example.mmd", "-o", out, "--force")[0] == 0
    assert len(load(out).touchpoints) == 5
    assert (inputs / "day.journey.bak").read_text() == "precious"


def test_failed_import_with_force_leaves_the_old_output(inputs, capsys):
    out = inputs / "day.journey"
    out.write_text("precious")
    bad = inputs / "bad.mmd"
    bad.write_text("journey\nTea: 3\n")
    assert run(capsys, "import", bad, "-o", out, "--force")[0] == 1
    assert out.read_text() == "precious" and not (inputs / "day.journey.bak").exists()


def test_unknown_suffix_is_a_usage_error(inputs, capsys):
    source = inputs / "journey.txt"
    source.write_text("journey\n")
    code, _, err = run(capsys, "import", source, "-o", inputs / "x.journey")
    assert code == 2 and "cannot tell the format" in err and ".mmd" in err and ".csv" in err
    assert not (inputs / "x.journey").exists()


def test_usage_errors_from_argparse(inputs):
    with pytest.raises(SystemExit) as info:
        main(["import", str(inputs / "docs_example.mmd")])  # -o missing
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["import", str(inputs / "docs_example.mmd"), "-o", "x.journey", "--lang", "fr"])
    assert info.value.code == 2


def test_missing_input_folder_and_same_file(inputs, capsys):
    code, _, err = run(capsys, "import", inputs / "nope.mmd", "-o", inputs / "x.journey")
    assert code == 1 and "nope.mmd: no such file" in err
    folder = inputs / "folder.mmd"
    folder.mkdir()
    assert "is a folder" in run(capsys, "import", folder, "-o", inputs / "x.journey")[2]
    code, _, err = run(capsys, "import", inputs / "docs_example.mmd", "-o", inputs / "missing" / "x.journey")
    assert code == 1 and "folder does not exist" in err
    same = inputs / "docs_example.mmd"
    code, _, err = run(capsys, "import", same, "-o", same, "--force")
    assert code == 1 and "is the input file" in err
    assert same.read_bytes() == (FIXTURES / "docs_example.mmd").read_bytes()


def test_console_entry_point_exit_codes(inputs):
    def cli(*argv):
        return subprocess.run([sys.executable, "-m", "journeymap", *map(str, argv)], capture_output=True, text=True,
                              timeout=120)

    ok = cli("import", inputs / "aidala_de.mmd", "-o", inputs / "ok.journey")
    assert ok.returncode == 0, ok.stderr
    bad = inputs / "bad.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    failed = cli("import", bad, "-o", inputs / "bad.journey")
    assert failed.returncode == 1 and failed.stderr.startswith(f"error: {bad}: line 1: ")
    assert "Traceback" not in failed.stderr and not (inputs / "bad.journey").exists()
    assert cli("import", inputs / "x.json", "-o", inputs / "y.journey").returncode == 2


def test_interchange_does_not_load_qt():
    code = (
        "import sys, journeymap.interchange, journeymap.cli.importing\n"
        "from journeymap.interchange import read_mermaid, write_mermaid\n"
        "write_mermaid(read_mermaid('journey\\nsection Interest\\n  Website: 4: Eva\\n', 'en'))\n"
        "print(sorted(k for k in sys.modules if k.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
