"""A German editor says why an import failed in German (the command line stays English)."""

from __future__ import annotations

BROKEN_CSV = "id;phase;label;kind\nt1;attention;Website;foo\n"
BROKEN_MERMAID = "journey\n  section Anfang\n    Tee: 7: Ich\n"


def test_a_broken_csv_gives_the_german_reason(german, boxes, tmp_path):
    path = tmp_path / "kaputt.csv"
    path.write_text(BROKEN_CSV, "utf-8")
    before = german.document
    assert not german.import_export.import_path(path)
    assert boxes.only_critical_detail() == "kaputt.csv: Zeile 2: kind muss digital oder analogue sein, nicht 'foo'"
    assert german.document is before


def test_a_broken_mermaid_file_gives_the_german_reason(german, boxes, tmp_path):
    path = tmp_path / "kaputt.mmd"
    path.write_text(BROKEN_MERMAID, "utf-8")
    assert not german.import_export.import_path(path)
    assert boxes.only_critical_detail() == \
        "kaputt.mmd: Zeile 3: die Bewertung 7 der Aufgabe 'Tee' ist nicht 1, 2, 3, 4 oder 5"


def test_a_missing_file_gives_the_german_reason(german, boxes, tmp_path):
    assert not german.import_export.import_path(tmp_path / "weg.csv")
    assert boxes.only_critical_detail() == "weg.csv: Datei nicht gefunden"


def test_an_english_editor_keeps_the_english_reason(window, boxes, tmp_path):
    path = tmp_path / "broken.mmd"
    path.write_text(BROKEN_MERMAID, "utf-8")
    assert not window.import_export.import_path(path)
    assert boxes.only_critical_detail() == "broken.mmd: line 3: the score 7 of task 'Tee' is not 1, 2, 3, 4 or 5"
