"""A German editor says why a file could not be opened or saved in German (the command line stays English)."""

from __future__ import annotations

from benchmarks.make_big import make_big
from journeymap.app.files import opening
from journeymap.fileformat import dumps
from tests.conftest import make_sample

BROKEN = '{"format": "journeymap",\n  "schema_version": 2,\n    x}'


def test_a_broken_file_gives_the_german_reason(german, boxes, tmp_path):
    path = tmp_path / "kaputt.journey"
    path.write_text(BROKEN, "utf-8")
    before = german.document
    assert not german.files.open_path(path)
    assert boxes.only_critical_detail() == f"{path}: keine Journey-Datei (fehlerhaftes JSON in Zeile 3, Spalte 5)"
    assert german.document is before


def test_a_missing_file_gives_the_german_reason(german, boxes, tmp_path):
    path = tmp_path / "weg.journey"
    assert not german.files.open_path(path)
    assert boxes.only_critical_detail() == f"{path}: Datei nicht gefunden"


def test_a_big_broken_file_read_in_the_background_gives_the_german_reason(german, boxes, qtbot, tmp_path):
    path = tmp_path / "gross.journey"
    path.write_text(dumps(make_big(600, 1200)).decode("utf-8")[:-40], "utf-8")  # cut off: broken JSON at its end
    assert opening.is_big(path)
    assert german.files.open_path(path)
    qtbot.waitUntil(lambda: german.files.opening is None, timeout=30_000)
    detail = boxes.only_critical_detail()
    assert detail.startswith(f"{path}: keine Journey-Datei (fehlerhaftes JSON in Zeile ")
    assert "\n" not in detail


def test_a_failed_save_gives_the_german_reason(german, boxes, tmp_path):
    german.files.open_untitled(make_sample())
    assert not german.files._save_to(tmp_path)  # a folder is no file to save over
    detail = boxes.only_critical_detail()
    assert detail.startswith(f"{tmp_path}: ist ein Ordner, keine gewöhnliche Datei; journeymap ersetzt nur gewöhnliche "
                             "Dateien")


def test_an_english_editor_keeps_the_english_reason(window, boxes, tmp_path):
    path = tmp_path / "broken.journey"
    path.write_text(BROKEN, "utf-8")
    assert not window.files.open_path(path)
    assert boxes.only_critical_detail() == f"{path}: not a journey file (broken JSON at line 3, column 5)"
