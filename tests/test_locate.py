"""The resource locator finds `resources/` in a checkout, an installed wheel and a PyInstaller build."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import journeymap
from journeymap import locate

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fresh_cache():
    locate.resources_dir.cache_clear()
    yield
    locate.resources_dir.cache_clear()


def test_source_checkout():
    assert locate.resources_dir() == ROOT / "resources"
    assert locate.resource_path("icons", "ar.svg").is_file()


def test_pyinstaller_bundle_wins(tmp_path, monkeypatch):
    (tmp_path / "resources" / "catalogue").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert locate.resources_dir() == tmp_path / "resources"


def test_missing_resources_say_where_they_looked(tmp_path, monkeypatch):
    fake = tmp_path / "pkg" / "journeymap"
    fake.mkdir(parents=True)
    monkeypatch.setattr(locate, "__file__", str(fake / "locate.py"))
    with pytest.raises(FileNotFoundError, match="resources folder is missing"):
        locate.resources_dir()


def test_installed_wheel_carries_resources(tmp_path):
    """Build the wheel, unpack it away from the checkout, and locate resources inside the package."""
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=300,
    )
    if result.returncode != 0 and "hatchling" in result.stderr:
        pytest.skip("hatchling is not installed")
    assert result.returncode == 0, result.stderr
    [wheel] = tmp_path.glob("journeymap-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert "journeymap/resources/catalogue/touchpoints.json" in names
        assert "journeymap/resources/icons/ar.svg" in names
        archive.extractall(tmp_path / "site")
    code = "from journeymap.locate import resources_dir; print(resources_dir())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         cwd=tmp_path, env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert Path(out.stdout.strip()) == tmp_path / "site" / "journeymap" / "resources"
    assert journeymap.__version__
