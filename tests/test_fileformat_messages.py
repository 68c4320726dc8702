"""The reasons of file errors in English and German: every code has both, `str(error)` stays the English line."""

from __future__ import annotations

import errno
import json
import os
import re
import string
from pathlib import Path

import pytest

from journeymap.fileformat import LoadError, SaveError, dumps, load, loads, write_file
from journeymap.fileformat.lock import LockedError, LockOwner
from journeymap.fileformat.messages import LANGUAGES, OsReason, Term, Words, codes, say, terms
from journeymap.fileformat.output import save_error
from journeymap.model.limits import MAX_TOUCHPOINTS
from journeymap.recovery import AutosaveSlot
from tests.conftest import make_sample

ROOT = Path(__file__).resolve().parent.parent / "journeymap"
WORDS_IN_PARAMETERS = {"invalid", "invalid_value"}  # their words are a `Validation`, said in each language


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(codes()))
def test_every_code_has_both_languages_with_the_same_parameters(code):
    english, german = codes()[code]
    assert english.strip() and german.strip()
    assert english != german or code in WORDS_IN_PARAMETERS
    assert _fields(english) == _fields(german)
    assert "\n" not in english and "\n" not in german


@pytest.mark.parametrize("key", sorted(terms()))
def test_every_term_has_both_languages(key):
    english, german = terms()[key]
    assert english.strip() and german.strip()
    assert _fields(english) == _fields(german)


def test_every_code_raised_in_the_sources_is_in_the_table():
    used: set[str] = set()
    for path in ROOT.rglob("*.py"):
        if path.parent.name == "interchange":  # the import's own codes (`interchange.messages`)
            continue
        text = path.read_text("utf-8")
        used |= set(re.findall(r"\.coded\(\s*\"(\w+)\"", text))
        used |= set(re.findall(r"_Refused\(\"(\w+)\"", text))
        used |= set(re.findall(r"code=\"(\w+)\"", text))
    assert used and used <= set(codes()), used - set(codes())
    assert set(codes()) - used == set(), "codes nothing raises"


def test_numbers_get_the_languages_thousands_separator():
    assert say("too_many", "en", count=10_001, key=Term("touchpoints"), limit=10_000) == \
        "the file has 10,001 touchpoints; at most 10,000 are allowed"
    assert say("too_many", "de", count=10_001, key=Term("touchpoints"), limit=10_000) == \
        "die Datei hat 10.001 Touchpoints; erlaubt sind höchstens 10.000"
    assert say("broken_json", "de", line=12345, column=7) == \
        "keine Journey-Datei (fehlerhaftes JSON in Zeile 12345, Spalte 7)"  # a line number is no amount


def _load_error(raw: bytes | str) -> LoadError:
    with pytest.raises(LoadError) as caught:
        loads(raw)
    return caught.value


def _journey(**extra) -> str:
    return json.dumps({"format": "journeymap", "schema_version": 2, **extra})


# the English lines as they were before the reasons had codes (the command line prints them)
@pytest.mark.parametrize("raw, english, german", [
    ("", "the file is empty", "die Datei ist leer"),
    ('{"format": "journeymap",\n  "schema_version": 2,\n    x}',
     "not a journey file (broken JSON at line 3, column 5)",
     "keine Journey-Datei (fehlerhaftes JSON in Zeile 3, Spalte 5)"),
    (json.dumps({"format": "journeymap", "schema_version": 9}),
     "the file uses schema_version 9, but this journeymap reads up to 2; please update journeymap",
     "unbekannte schema_version 9 — diese Datei stammt aus einer neueren journeymap-Version (diese liest bis 2); "
     "bitte journeymap aktualisieren"),
    (json.dumps({"format": "journeymap", "schema_version": 0}), "unknown schema_version 0",
     "unbekannte schema_version 0"),
    (json.dumps({"format": "journeymap"}), "the file has no valid schema_version",
     "die Datei hat keine gültige schema_version"),
    ("[1]", 'not a journeymap file (the "format": "journeymap" marker is missing)',
     'keine journeymap-Datei (die Kennung "format": "journeymap" fehlt)'),
    (b"\xff\xfe{}", "not a journey file (the content is not UTF-8 text)",
     "keine Journey-Datei (der Inhalt ist kein UTF-8-Text)"),
    ('{"format": "journeymap", "format": "x"}',
     'the key "format" appears twice in one object; a journey file names each key once',
     'der Schlüssel "format" kommt in einem Objekt zweimal vor; eine Journey-Datei nennt jeden Schlüssel nur einmal'),
    ('{"format": "journeymap", "schema_version": NaN}', "the file contains NaN, which is not a valid number",
     "die Datei enthält NaN, das ist keine gültige Zahl"),
    (json.dumps({"format": "journeymap", "schema_version": 2}),
     "the file holds no journey (it has the journeymap marker but no meta, phases or touchpoints)",
     "die Datei enthält keine Journey (sie trägt die journeymap-Kennung, aber weder meta noch phases oder "
     "touchpoints)"),
    (_journey(touchpoints=[{}] * (MAX_TOUCHPOINTS + 1)),
     f"the file has {MAX_TOUCHPOINTS + 1:,} touchpoints; at most {MAX_TOUCHPOINTS:,} are allowed",
     f"die Datei hat {MAX_TOUCHPOINTS + 1:,} Touchpoints; erlaubt sind höchstens {MAX_TOUCHPOINTS:,}"
     .replace(",", ".")),
    (_journey(meta={"surprise": 1}), "meta.surprise: unknown field", "meta.surprise: unbekanntes Feld"),
    ('{"format": "journeymap", "schema_version": 2, "meta": {"title": "\\ud800"}}',
     "the file contains a broken character escape (a lone UTF-16 surrogate)",
     "die Datei enthält ein fehlerhaftes Zeichen-Escape (ein einzelnes UTF-16-Surrogat)"),
    ('{"format": "journeymap", "schema_version": 2, "meta": {"n": ' + "9" * 5000 + "}}",
     "not a journey file (a number has more than 4,300 digits)",
     "keine Journey-Datei (eine Zahl hat mehr als 4.300 Ziffern)"),
])
def test_load_errors_keep_their_english_line_and_say_it_in_german(raw, english, german):
    error = _load_error(raw)
    assert str(error) == error.reason == english
    assert error.message("en") == english
    assert error.message("de") == german


@pytest.mark.parametrize("change, english, german", [
    (lambda d: d["touchpoints"][0].update(emotion=7), "touchpoints[0].emotion: Input should be less than or equal to 2",
     "touchpoints[0].emotion: darf höchstens 2 sein"),
    (lambda d: d["touchpoints"][0].pop("id"), "touchpoints[0].id: Field required",
     "touchpoints[0].id: Pflichtfeld fehlt"),
    (lambda d: d["touchpoints"][0].update(kind="zz"), "touchpoints[0].kind: Input should be 'digital' or 'analogue'",
     "touchpoints[0].kind: muss 'digital' oder 'analogue' sein"),
    (lambda d: d["touchpoints"].append(d["touchpoints"][0]), "the touchpoint id 'fair' is used twice",
     "die id 'fair' kommt bei zwei Touchpoints vor"),  # a journey's own rule (`model.rules`), said in German
    (lambda d: d["links"][0].update(target="nowhere"), "link 'fair-web' points to touchpoint 'nowhere', which does "
     "not exist", "die Verbindung 'fair-web' zeigt auf den Touchpoint 'nowhere', den es nicht gibt"),
    (lambda d: d["touchpoints"][1].update(label="Web\u202eseite"), "touchpoints[1].label: contains the control "
     "character U+202E (right-to-left override), which a journey's text may not hold", "touchpoints[1].label: "
     "enthält das Steuerzeichen U+202E (right-to-left override), das im Text einer Journey nicht stehen darf"),
    (lambda d: d.update(schema_version=1), "opportunities: unknown field (a file before schema 2 has no opportunities)",
     "opportunities: unbekanntes Feld (eine Datei vor Schema 2 hat keine opportunities)"),
])
def test_validation_problems_in_both_languages(change, english, german):
    document = json.loads(dumps(make_sample()))
    change(document)
    error = _load_error(json.dumps(document))
    assert str(error) == english
    assert error.message("de") == german


def test_a_missing_file_names_its_path_in_both_languages(tmp_path):
    path = tmp_path / "x.journey"
    with pytest.raises(LoadError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: no such file"
    assert caught.value.reason == "no such file"
    assert caught.value.message("de") == f"{path}: Datei nicht gefunden"


def test_a_folder_is_not_a_file_in_both_languages(tmp_path):
    with pytest.raises(LoadError) as caught:
        load(tmp_path)
    assert str(caught.value) == f"{tmp_path}: is a folder, not an ordinary file; journeymap only reads ordinary files"
    assert caught.value.message("de") == \
        f"{tmp_path}: ist ein Ordner, keine gewöhnliche Datei; journeymap liest nur gewöhnliche Dateien"


def test_a_broken_file_on_disk_carries_its_path(tmp_path):
    path = tmp_path / "broken.journey"
    path.write_text('{"format": "journeymap",\n  "schema_version": 2,\n    x}', "utf-8")
    with pytest.raises(LoadError) as caught:
        load(path)
    assert str(caught.value) == f"{path}: not a journey file (broken JSON at line 3, column 5)"
    assert caught.value.message("de") == f"{path}: keine Journey-Datei (fehlerhaftes JSON in Zeile 3, Spalte 5)"


def test_save_errors_keep_their_english_line(tmp_path):
    with pytest.raises(SaveError) as caught:
        write_file(b"x", tmp_path / "missing" / "x.journey")
    assert str(caught.value) == f"{tmp_path / 'missing' / 'x.journey'}: the folder does not exist"
    assert caught.value.message("de").endswith(": der Ordner existiert nicht")
    with pytest.raises(SaveError) as caught:
        write_file(b"x", tmp_path)
    assert caught.value.reason == "is a folder, not an ordinary file; journeymap only replaces ordinary files"
    assert caught.value.reason_in("de") == "ist ein Ordner, keine gewöhnliche Datei; journeymap ersetzt nur " \
        "gewöhnliche Dateien"
    with pytest.raises(SaveError) as caught:
        write_file(b"x", "")
    assert str(caught.value) == "no file name was given"
    assert caught.value.message("de") == "es wurde kein Dateiname angegeben"


def test_an_os_reason_is_kept_inside_the_german_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(SaveError) as caught:
        AutosaveSlot(blocker / "autosave").write(make_sample(), None)
    error = caught.value
    assert str(error) == f"{blocker / 'autosave'}: the autosave folder cannot be created ({os.strerror(errno.ENOTDIR)})"
    assert error.message("de") == \
        f"{blocker / 'autosave'}: der Ordner für automatische Sicherungen kann nicht angelegt werden " \
        "(Ist kein Verzeichnis)"


def test_common_os_errors_are_said_in_german_and_the_programs_own_texts_stay():
    full = save_error(OSError(errno.ENOSPC, os.strerror(errno.ENOSPC)), "/j")
    assert str(full) == f"/j: could not be saved ({os.strerror(errno.ENOSPC)})"
    assert full.message("de") == "/j: konnte nicht gespeichert werden (Auf dem Gerät ist kein Speicherplatz mehr " \
        "verfügbar)"
    own = save_error(OSError(errno.EAGAIN, "the file was replaced while saving; please try again"), "/j")
    assert own.message("de") == "/j: konnte nicht gespeichert werden (the file was replaced while saving; please " \
        "try again)"
    rare = save_error(OSError(errno.EXDEV, os.strerror(errno.EXDEV)), "/j")
    assert rare.message("de") == f"/j: konnte nicht gespeichert werden ({os.strerror(errno.EXDEV)})"
    assert OsReason(OSError(errno.EACCES, os.strerror(errno.EACCES))).said("de") == "Keine Berechtigung"


def test_a_lock_names_its_owner_in_both_languages():
    error = LockedError(LockOwner(name="Eva Muster", user="eva", host="laptop-3", opened="04.12.2025 17:14"), "/j")
    assert str(error) == "/j: is open in another editor (Eva Muster (eva) on laptop-3 since 04.12.2025 17:14)"
    assert error.message("de") == \
        "/j: ist in einem anderen Editor geöffnet (Eva Muster (eva) auf laptop-3 seit 04.12.2025 17:14)"
    assert LockedError(LockOwner()).message("de") == "ist in einem anderen Editor geöffnet (jemand)"


def test_a_picture_names_its_suffix(tmp_path):
    from journeymap.canvas.pictures import export_picture

    with pytest.raises(SaveError) as caught:
        export_picture(make_sample(), tmp_path / "map.gif", "en")
    assert str(caught.value) == "a picture is a .png or .svg file, not '.gif'"
    assert caught.value.message("de") == "ein Bild ist eine .png- oder .svg-Datei, nicht '.gif'"
    with pytest.raises(SaveError) as caught:
        export_picture(make_sample(), tmp_path / "map", "en")
    assert str(caught.value) == "a picture is a .png or .svg file, not 'a name without suffix'"
    assert caught.value.message("de") == "ein Bild ist eine .png- oder .svg-Datei, nicht „ein Name ohne Endung“"


def test_an_error_without_code_is_english_in_every_language():
    error = LoadError("something only English knows", "/p")
    assert all(error.message(lang) == "/p: something only English knows" for lang in LANGUAGES)
    assert Words(["a", Term("someone")]) and say("locked", "de", owner=Words([Term("someone")])).endswith("(jemand)")
