"""Translations: every shipped .ts is complete, the .qm files are compiled from the current .ts, every UI string
in the code is in the .ts files, and installing German translates our strings and Qt's own dialogs."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from journeymap.app import i18n

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
TS_FILES = sorted(FOLDER.glob("journeymap_*.ts"))
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    path = BIN / name
    found = str(path) if path.exists() else shutil.which(name)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def unfinished(ts: Path) -> list[str]:
    problems = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [translation.text or ""] + [f.text or "" for f in translation.iter("numerusform")]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not any(t.strip() for t in texts):
                problems.append(f"{name}: {message.findtext('source')}")
    return problems


def test_german_and_english_are_shipped():
    assert {p.name for p in TS_FILES} == {"journeymap_de.ts", "journeymap_en.ts"}
    for ts in TS_FILES:
        assert ts.with_suffix(".qm").is_file()


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_no_unfinished_translations(ts):
    assert unfinished(ts) == []


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda p: p.name)
def test_qm_is_compiled_from_the_current_ts(ts, tmp_path):
    fresh = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=120)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run `make translations`"


def test_every_ui_string_in_the_code_is_translated(tmp_path):
    """lupdate over the Qt modules (as `make translations` does) must not find anything new or untranslated."""
    sources = sorted(
        str(p) for p in (ROOT / "journeymap").rglob("*.py")
        if re.search(r"^\s*(from|import) PySide6", p.read_text("utf-8"), re.MULTILINE)
    )
    copies = []
    for ts in TS_FILES:
        copies.append(tmp_path / ts.name)
        shutil.copy(ts, copies[-1])
    subprocess.run([tool("pyside6-lupdate"), "-silent", "-locations", "none", "-no-obsolete", *sources,
                    "-ts", *map(str, copies)], check=True, timeout=300, capture_output=True)
    for copy in copies:
        assert unfinished(copy) == [], f"{copy.name}: new strings; run `make translations` and translate them"


def test_lupdate_context_is_never_mangled():
    """One tr call per line: lupdate's Python parser otherwise invents contexts such as `QCoreApplication.self`."""
    for ts in TS_FILES:
        names = {c.findtext("name") for c in ET.parse(ts).getroot().iter("context")}
        assert not any(n is None or "." in n or not n for n in names), names


def test_installing_german_translates_ours_plurals_and_qt(qapp):
    try:
        assert i18n.install("de") == "de"
        translate = QCoreApplication.translate
        assert translate("WindowActions", "&File") == "&Datei"
        assert translate("Commands", "Add %n touchpoint(s)", None, 1) == "1 Touchpoint hinzufügen"
        assert translate("Commands", "Add %n touchpoint(s)", None, 3) == "3 Touchpoints hinzufügen"
        assert translate("QPlatformTheme", "Cancel") == "Abbrechen"  # Qt's own dialogs (qtbase_de.qm)
        i18n.install("en")
        assert translate("Commands", "Add %n touchpoint(s)", None, 1) == "Add 1 touchpoint"
        assert translate("Commands", "Add %n touchpoint(s)", None, 2) == "Add 2 touchpoints"
    finally:
        i18n.uninstall()


def test_system_language_follows_the_locale():
    from PySide6.QtCore import QLocale

    assert i18n.resolve("system", QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    assert i18n.resolve("system", QLocale(QLocale.Language.French)) == "en"
    assert i18n.resolve("de") == "de" and i18n.resolve("en") == "en"
