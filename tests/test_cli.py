"""The command line: exit codes, messages, JSON; no traceback ever reaches the user."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from journeymap import __version__
from journeymap.cli import main
from journeymap.fileformat import dumps, load, save
from tests.conftest import journey, tp

FIXTURES = Path(__file__).parent / "fixtures"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"journeymap {__version__}"


def test_new_and_check_json(tmp_path, capsys):
    path = tmp_path / "a.journey"
    code, out, _ = run(capsys, "new", "-o", str(path), "--title", "Messe 2026", "--lang", "de")
    assert code == 0 and out == f"{path} angelegt (Vorlage aidala)\n"  # --lang de: the whole run in German
    data = load(path)
    assert data.phase_model.id == "aidala" and data.meta.title == "Messe 2026" and data.meta.language == "de"
    assert data.meta.created and data.meta.modified
    code, out, _ = run(capsys, "check", str(path), "--json")
    assert code == 0
    result = json.loads(out)
    assert result["valid"] is True
    assert result["counts"] == {"phases": 6, "touchpoints": 0, "links": 0, "personas": 0}
    assert {f["code"] for f in result["findings"]} == {"empty_phase"}
    assert all({"code", "severity", "message", "ids"} <= f.keys() for f in result["findings"])


def test_new_aida_template(tmp_path, capsys):
    path = tmp_path / "aida.journey"
    assert run(capsys, "new", "-o", str(path), "--template", "aida")[0] == 0
    assert load(path).phase_model.ids() == ("attention", "interest", "desire", "action")


def test_new_refuses_to_overwrite(tmp_path, capsys):
    path = tmp_path / "a.journey"
    path.write_text("precious")
    code, _, err = run(capsys, "new", "-o", str(path))
    assert code == 1
    assert err == f"error: {path}: already exists (use --force to overwrite it)\n"
    assert path.read_text() == "precious"
    assert run(capsys, "new", "-o", str(path), "--force")[0] == 0


def test_new_into_missing_folder(tmp_path, capsys):
    code, _, err = run(capsys, "new", "-o", str(tmp_path / "no" / "a.journey"))
    assert code == 1 and err.startswith("error: ") and err.count("\n") == 1


def test_check_human_output(tmp_path, capsys):
    code, out, _ = run(capsys, "check", str(FIXTURES / "v1_example.journey"))
    assert code == 0
    # one language per run (the journey's: German), with plurals that fit the numbers
    assert "gültige Journey „Größte Reise“: 6 Touchpoints, 5 Verknüpfungen und 1 Persona" in out
    assert "loop_open" in out and "Empfehlungsschleife offen" in out
    for english in ("valid", "touchpoints", "finding(s)", "warning", "personas"):
        assert english not in out
    code, out, _ = run(capsys, "check", str(FIXTURES / "v1_example.journey"), "--lang", "en")
    assert "valid journey “Größte Reise”: 6 touchpoints, 5 links and 1 persona" in out
    assert "Verknüpfung" not in out and "Befund" not in out


def test_hostile_file_gives_exit_1_one_error_line_and_stays_untouched(tmp_path, capsys):
    path = tmp_path / "evil.journey"
    content = b'{"format": "journeymap", "schema_version": 1, "x": ' + b"[" * 100_000
    path.write_bytes(content)
    before = os.stat(path)
    code, out, err = run(capsys, "check", str(path))
    assert code == 1
    assert out == ""
    assert err.startswith(f"error: {path}: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert path.read_bytes() == content and os.stat(path).st_mtime_ns == before.st_mtime_ns


def test_check_json_of_invalid_file(tmp_path, capsys):
    path = tmp_path / "bad.journey"
    path.write_text('{"format": "journeymap", "schema_version": 7}')
    code, out, err = run(capsys, "check", str(path), "--json")
    assert code == 1
    assert json.loads(out) == {"valid": False, "file": str(path), "error": out and json.loads(out)["error"]}
    assert "schema_version 7" in json.loads(out)["error"]
    assert err.startswith("error: ")


def test_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, "check", str(tmp_path / "nope.journey"))
    assert (code, err) == (1, f"error: {tmp_path / 'nope.journey'}: no such file\n")


@pytest.mark.parametrize("argv", [["check"], ["new"], ["check", "a", "--bogus"], ["new", "-o", "x", "--template", "x"],
                                  ["--nope"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "usage:" in err and "Traceback" not in err


def test_unexpected_exception_is_one_line(monkeypatch, tmp_path, capsys):
    import journeymap.cli.journey as commands

    monkeypatch.setattr(commands, "analyse", lambda data: 1 / 0)
    save(journey([tp("a", "attention")]), tmp_path / "a.journey")
    code, _, err = run(capsys, "check", str(tmp_path / "a.journey"))
    assert code == 1 and err.startswith("error: unexpected problem") and err.count("\n") == 1


def test_too_many_arguments_for_the_editor(capsys):
    assert main(["a.journey", "b.journey"]) == 2


def test_python_dash_m_works_as_a_subprocess(tmp_path):
    path = tmp_path / "a.journey"
    path.write_bytes(dumps(journey([tp("a", "attention")])))
    result = subprocess.run([sys.executable, "-m", "journeymap", "check", str(path), "--json"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["counts"]["touchpoints"] == 1


@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0 or shutil.which("setpriv") is None,
                    reason="needs root to switch to an unprivileged user")
def test_read_only_folder_as_an_ordinary_user(sample_data):
    """As a real unprivileged user, saving into a read-only folder fails clearly and keeps the file."""
    folder = Path(tempfile.mkdtemp(prefix="jm-ro-", dir="/tmp"))
    try:
        path = folder / "a.journey"
        save(sample_data, path)
        original = path.read_bytes()
        folder.chmod(0o555)
        path.chmod(0o644)
        result = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
             sys.executable, "-m", "journeymap", "new", "-o", str(path), "--force"],
            capture_output=True, text=True, timeout=60, cwd="/tmp",
            env={**os.environ, "HOME": "/tmp", "PYTHONDONTWRITEBYTECODE": "1"},
        )
        if "Permission denied" in result.stderr and "python" in result.stderr.lower() and result.returncode != 1:
            pytest.skip("the unprivileged user cannot run this Python")
        assert result.returncode == 1, result.stderr
        assert result.stderr == f"error: {path}: could not be saved (Permission denied)\n"
        assert path.read_bytes() == original
        assert sorted(p.name for p in folder.iterdir()) == ["a.journey"]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


@pytest.mark.parametrize("name", ["schmidt", "ebike"])
def test_new_from_sample(tmp_path, capsys, name):
    path = tmp_path / f"{name}.journey"
    code, out, _ = run(capsys, "new", "-o", str(path), "--sample", name)
    assert code == 0 and (f"(Beispiel {name})" in out or f"(sample {name})" in out)
    data = load(path)
    assert len(data.touchpoints) >= 15 and data.personas and data.links
    assert data.meta.created.startswith("20")


def test_sample_and_template_exclude_each_other(tmp_path, capsys):
    with pytest.raises(SystemExit) as info:
        main(["new", "-o", str(tmp_path / "x.journey"), "--sample", "schmidt", "--template", "aida"])
    assert info.value.code == 2


def test_bundled_samples_are_valid_and_clean():
    """The samples are what users see first: valid, in every phase, and with at most a few findings."""
    from journeymap.analysis import analyse
    from journeymap.templates import sample_names

    assert set(sample_names()) >= {"schmidt", "ebike"}
    for name in sample_names():
        data = load(Path(__file__).parent.parent / "resources" / "samples" / f"{name}.journey")
        result = analyse(data)
        assert all(stats.touchpoints for stats in result.phases), name
        assert result.loop_closed, name
        assert len(result.findings) <= 2, (name, [f.code for f in result.findings])
