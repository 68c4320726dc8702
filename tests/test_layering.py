"""The Qt-free core never imports PySide6 (architecture principle 1)."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import journeymap

PACKAGE = Path(journeymap.__file__).parent
QT_FREE = ["model", "analysis", "layout", "fileformat", "catalogue", "export", "interchange", "cli", "templates.py",
           "locate.py", "collector.py", "lazy.py", "__init__.py", "__main__.py"]


def _core_files() -> list[Path]:
    files = []
    for name in QT_FREE:
        path = PACKAGE / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else ([path] if path.exists() else [])
    return files


def test_core_source_has_no_qt_import():
    offenders = []
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.relative_to(PACKAGE)}: {n}" for n in names if n.split(".")[0] == "PySide6"]
    assert offenders == []
    assert len(_core_files()) >= 10


def test_importing_the_core_does_not_load_qt():
    """Import every core module in a fresh interpreter and check PySide6 never got loaded."""
    modules = ["journeymap.templates"]
    for sub in ("model", "analysis", "layout", "fileformat", "catalogue", "export", "interchange", "cli"):
        if (PACKAGE / sub).is_dir():
            modules += [f"journeymap.{sub}"] + [
                f"journeymap.{sub}.{m.name}" for m in pkgutil.iter_modules([str(PACKAGE / sub)])
            ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "from journeymap.cli import build_parser; build_parser()\n"
        "print(sorted(k for k in sys.modules if k.startswith('PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
