"""The quicker PySide6 source check answers as PySide6's own does."""

import importlib
import sys

from journeymap.app import source_scan

MODULES = ["journeymap.app.main", "journeymap.canvas.scene", "journeymap.model", "journeymap.cli", "json",
           "inspect", "sys", "PySide6.QtWidgets"]


def _feature():
    return sys.modules[source_scan._FEATURE]


def test_the_editor_package_installs_the_quicker_check():
    assert _feature()._mod_uses_pyside.__wrapped__ is not None


def test_quicken_twice_keeps_one_wrapper():
    check = _feature()._mod_uses_pyside
    source_scan.quicken()
    assert _feature()._mod_uses_pyside is check


def test_answers_as_pysides_own_check():
    original = _feature()._mod_uses_pyside.__wrapped__
    answers = {}
    for name in MODULES:
        module = importlib.import_module(name)
        answers[name] = source_scan.uses_pyside(module, original)
        assert answers[name] == original(module), name
    assert answers["journeymap.app.main"] and answers["journeymap.canvas.scene"]
    assert not answers["journeymap.model"] and not answers["json"] and not answers["sys"]


def test_a_module_without_a_source_file_goes_to_the_fallback(tmp_path):
    module = type(sys)("nowhere")
    module.__file__ = str(tmp_path / "gone.py")
    assert source_scan.uses_pyside(module, lambda m: "asked") == "asked"
    module.__file__ = str(tmp_path / "compiled.pyc")
    assert source_scan.uses_pyside(module, lambda m: "asked") == "asked"


def test_a_compiled_module_without_its_source_answers_as_pysides_own_check(tmp_path, monkeypatch):
    import py_compile
    from importlib.machinery import SourcelessFileLoader
    from importlib.util import module_from_spec, spec_from_loader

    original = _feature()._mod_uses_pyside.__wrapped__
    for name, text in (("jm_uses_qt", "import PySide6\n"), ("jm_plain", "VALUE = 1\n")):
        source = tmp_path / f"{name}.py"
        source.write_text(text, "utf-8")
        compiled = tmp_path / f"{name}.pyc"
        py_compile.compile(str(source), cfile=str(compiled))
        source.unlink()  # as in the one-folder app: only the compiled module is there
        loader = SourcelessFileLoader(name, str(compiled))
        module = module_from_spec(spec_from_loader(name, loader))
        loader.exec_module(module)
        assert source_scan.uses_pyside(module, lambda m: "asked") is original(module) is False
