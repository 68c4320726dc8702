"""A German editor says why an import failed in German (the command line stays English)."""

from __future__ import annotations

import pytest

from tests.helpers.app import close_quietly, make_window

BROKEN_CSV = "id;phase;label;kind\nt1;attention;Website;foo\n"
BROKEN_MERMAID = "journey\n  section Anfang\n    Tee: 7: Ich\n"


@pytest.fixture
def german(qtbot, tmp_path, boxes):
    window = make_window(qtbot, tmp_path, lang="de")
    yield window
    close_quietly(window)


def _detail(boxes) -> str:
    assert boxes.kinds() == ["critical"]
    _, _title, text = boxes.calls[0]
    return text.split("\n\n", 1)[1]


def test_a_broken_csv_gives_the_german_reason(german, boxes, tmp_path):
    path = tmp_path / "kaputt.csv"
    path.write_text(BROKEN_CSV, "utf-8")
    before = german.document
    assert not german.import_export.import_path(path)
    assert _detail(boxes) == "kaputt.csv: Zeile 2: kind muss digital oder analogue sein, nicht 'foo'"
    assert german.document is before


def test_a_broken_mermaid_file_gives_the_german_reason(german, boxes, tmp_path):
    path = tmp_path / "kaputt.mmd"
    path.write_text(BROKEN_MERMAID, "utf-8")
    assert not german.import_export.import_path(path)
    assert _detail(boxes) == "kaputt.mmd: Zeile 3: die Bewertung 7 der Aufgabe 'Tee' ist nicht 1, 2, 3, 4 oder 5"


def test_a_missing_file_gives_the_german_reason(german, boxes, tmp_path):
    assert not german.import_export.import_path(tmp_path / "weg.csv")
    assert _detail(boxes) == "weg.csv: Datei nicht gefunden"


def test_an_english_editor_keeps_the_english_reason(window, boxes, tmp_path):
    path = tmp_path / "broken.mmd"
    path.write_text(BROKEN_MERMAID, "utf-8")
    assert not window.import_export.import_path(path)
    assert _detail(boxes) == "broken.mmd: line 3: the score 7 of task 'Tee' is not 1, 2, 3, 4 or 5"
