"""Numbers follow the UI language in the editor: the KPI table shows `2,5` in German and `2.5` in English, whatever
the system's regional variant says, and accepts both ways of writing a decimal; the display follows a switch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from journeymap.app import i18n
from journeymap.app.inspector.kpi_table import format_number, parse_number
from journeymap.document import Document
from journeymap.model import Kpi
from tests.conftest import make_sample, tp
from tests.helpers.app import close_quietly, make_window

KPIS = (Kpi(name="Klickrate", unit="%", target=2.5, actual=1.25), Kpi(name="Besuche", target=12500.0, actual=None))


@pytest.fixture
def german(qtbot, tmp_path, boxes, monkeypatch):
    swiss = QLocale("de_CH")  # a Swiss system writes 1.2 (and is the default locale then); the German UI writes 1,2
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: swiss))
    win = make_window(qtbot, tmp_path, lang="de", size=(1366, 768))
    assert QLocale().name() == "de_CH"
    data = make_sample()
    data = data.model_copy(update={"touchpoints": (*data.touchpoints, tp("kpis", "interest", kpis=KPIS))})
    win.replace_document(Document(data, autosave_folder=win.autosave_folder))
    yield win
    close_quietly(win)
    QLocale.setDefault(QLocale.c())


def cells(table) -> list[tuple[str, str]]:
    return [(table.item(r, 2).text(), table.item(r, 3).text()) for r in range(table.rowCount())]


def test_german_ui_shows_and_reads_german_numbers(german):
    german.scene.select_ids(["kpis"])
    table = german.inspector.tp_form.kpi_table
    assert cells(table.table) == [("2,5", "1,25"), ("12.500", "")]
    project = german.document.project
    for typed, value in (("3,75", 3.75), ("4.5", 4.5), ("1.234,5", 1234.5), (" 7 ", 7.0), ("", None)):
        table.table.item(0, 2).setText(typed)
        assert project.touchpoint("kpis").kpis[0].target == value, typed
    table.table.item(0, 3).setText("viel")  # not a number: the stored value comes back
    assert project.touchpoint("kpis").kpis[0].actual == 1.25 and table.table.item(0, 3).text() == "1,25"


def test_the_table_follows_a_language_switch(german):
    german.scene.select_ids(["kpis"])
    table = german.inspector.tp_form.kpi_table.table
    german.set_language_setting("en")
    QApplication.processEvents()  # the language change reaches the widgets as posted events
    assert cells(table) == [("2.5", "1.25"), ("12,500", "")]
    german.set_language_setting("de")
    QApplication.processEvents()
    assert cells(table) == [("2,5", "1,25"), ("12.500", "")]


@pytest.mark.parametrize("lang, shown, readings", [
    ("de", ["1,2", "-0,5", "3", "12.500"], {"1,2": 1.2, "1.2": 1.2, "1.234": 1234.0, "1.234,5": 1234.5, "-0,5": -0.5,
                                            "2e3": 2000.0}),
    ("en", ["1.2", "-0.5", "3", "12,500"], {"1.2": 1.2, "1,2": 1.2, "1,234": 1234.0, "1,234.5": 1234.5,
                                            "1.234,5": 1234.5}),
])
def test_format_and_parse(lang, shown, readings):
    i18n.install(lang)
    try:
        assert [format_number(v) for v in (1.2, -0.5, 3.0, 12500.0)] == shown
        for text, value in readings.items():
            assert parse_number(text) == (value, True), text
        assert parse_number("abc") == (None, False) and parse_number("1e16") == (None, False)
        assert parse_number("  ") == (None, True)
    finally:
        i18n.uninstall()
