"""The reasons of import errors in English and German: every code has both, `str(error)` stays the English line."""

from __future__ import annotations

import io
import re
import string
from pathlib import Path

import pytest
from openpyxl import load_workbook

from journeymap.export.xlsx_export import render_xlsx
from journeymap.fileformat import LoadError
from journeymap.interchange import InterchangeError, parse_mermaid, read_csv, read_import, read_mermaid
from journeymap.interchange.messages import LANGUAGES, OneOf, Term, codes, say, terms
from journeymap.interchange.xlsx_import import read_xlsx
from journeymap.model import ProjectData, Touchpoint
from journeymap.model.limits import MAX_FILE_BYTES, MAX_LINKS, MAX_OPPORTUNITIES, MAX_PERSONAS, MAX_TOUCHPOINTS
from journeymap.model.phases import AIDALA_IDS

ROOT = Path(__file__).resolve().parent.parent / "journeymap" / "interchange"
PASSED_THROUGH = {"file_error", "invalid", "invalid_value"}  # their words are parameters, said in each language


def _fields(template: str) -> set[tuple[str, str | None, str | None]]:
    return {(name, conversion, spec) for _, name, spec, conversion in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(codes()))
def test_every_code_has_both_languages_with_the_same_parameters(code):
    english, german = codes()[code]
    assert english.strip() and german.strip()
    assert english != german or code in PASSED_THROUGH
    assert _fields(english) == _fields(german)
    assert "\n" not in english and "\n" not in german


@pytest.mark.parametrize("key", sorted(terms()))
def test_every_term_has_both_languages(key):
    english, german = terms()[key]
    assert english.strip() and german.strip() and english != german


def test_every_code_raised_in_the_sources_is_in_the_table_and_no_reason_is_english_only():
    used: set[str] = set()
    for path in ROOT.glob("*.py"):
        text = path.read_text("utf-8")
        used |= set(re.findall(r"InterchangeError\.coded\(\s*\"(\w+)\"", text))
        if path.name != "errors.py":
            assert not re.search(r"InterchangeError\(", text), f"{path.name} raises a reason without a code"
    assert used == set(codes()), (used - set(codes()), set(codes()) - used)


# Every code with sample parameters and the line the code before the codes made of them (the same f-strings).
lang, tid, name, text, column, given = "fr", "t 1", "Tee", "x", "kind", "kpi_unit"
shown, score_text, title, n, oid, field = "WINDOWS", "7", "Touchpoints", 3, "o1", "status"
phase, missing, exc_text, kind, first_line = "Nowhere", ["phase", "label"], "field larger than field limit (131072)", \
    "KeyError", 2
COLUMNS = ("id", "phase", "label")
SAMPLES = [
    ("file_error", {"reason": LoadError.coded("no_such_file", "/x")}, "no such file"),
    ("too_large", {"mb": MAX_FILE_BYTES // (1024 * 1024)},
     f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB"),
    ("not_encoding", {"encoding": shown}, f"is not {shown} text (save the file as UTF-8)"),
    ("control_character", {"char": 0x1B}, f"contains the control character U+{0x1B:04X}; this is not a text file"),
    ("empty", {}, "the file is empty"),
    ("unknown_suffix", {"suffix": ".txt", "known": ".mmd, .csv"}, f"cannot import {'.txt'!r} files; use .mmd, .csv"),
    ("no_suffix", {"known": ".mmd, .csv"}, "cannot import files without a suffix; use .mmd, .csv"),
    ("invalid_value", {"where": "label", "detail": "String should have at most 10000 characters"},
     "label: String should have at most 10000 characters"),
    ("invalid", {"detail": "the touchpoint id 'a' is used twice"}, "the touchpoint id 'a' is used twice"),
    ("unknown_language", {"lang": lang}, f"unknown language {lang!r} (use de or en)"),
    ("file_too_large", {"mb": MAX_FILE_BYTES // 2**20}, f"the journey would make a file larger than "
                                                       f"{MAX_FILE_BYTES // 2**20} MB"),
    ("too_many_tasks", {"limit": MAX_TOUCHPOINTS}, f"more than {MAX_TOUCHPOINTS:,} tasks; a journey holds at most "
                                                   "that many"),
    ("too_many_sections", {"limit": 12}, f"more than {12} different sections; a journey has at most {12} phases"),
    ("task_name_too_long", {"limit": 10_000}, f"the task name is longer than {10_000:,} characters"),
    ("too_many_actors", {"limit": MAX_PERSONAS}, f"more than {MAX_PERSONAS} actors; a journey has at most "
                                                 f"{MAX_PERSONAS} personas"),
    ("too_many_links", {"limit": MAX_LINKS}, f"the actors' paths need more than {MAX_LINKS:,} links"),
    ("not_journey_start", {"text": text}, f"a Mermaid journey starts with the line 'journey', not {text!r}"),
    ("journey_twice", {}, "the 'journey' line appears twice"),
    ("too_many_section_lines", {"limit": 10_000}, f"more than {10_000:,} section lines"),
    ("task_before_section", {"name": name}, f"the task {name!r} comes before the first 'section' line"),
    ("acc_block_open", {}, "the 'accDescr {' block is not closed with '}'"),
    ("no_journey_line", {}, "there is no 'journey' line; this is not a Mermaid journey"),
    ("front_matter_open", {}, "the front matter that starts with '---' is not closed with '---'"),
    ("colon_in_section", {}, "a section name cannot contain ':' (write it as '#58;')"),
    ("section_without_name", {}, "the section has no name"),
    ("not_a_task", {"text": text}, f"{text!r} is not a task; expected 'Task name: score: actors'"),
    ("task_without_name", {}, "the task has no name before its ':'"),
    ("no_score", {"name": name}, f"the task {name!r} has no score (1 to 5)"),
    ("score_not_number", {"score": "x", "name": name}, f"the score {'x'!r} of task {name!r} is not a number"),
    ("score_out_of_range", {"score": score_text, "name": name},
     f"the score {score_text} of task {name!r} is not 1, 2, 3, 4 or 5"),
    ("too_many_fields", {"fields": 5, "header": 3}, f"the row has {5} fields but the header only {3}"),
    ("too_many_touchpoints", {"limit": MAX_TOUCHPOINTS}, f"more than {MAX_TOUCHPOINTS:,} touchpoints; a journey "
                                                         "holds at most that many"),
    ("too_many_kpis", {"limit": 100_000}, f"more than {100_000:,} KPI rows"),
    ("kpi_without_touchpoint", {"column": given}, f"{given} is given but the row names no touchpoint"),
    ("unclosed_quote", {}, "a quoted field that starts here is not closed"),
    ("field_too_long", {"limit": 131_072}, f"a field is longer than {131_072:,} characters, more than a CSV field "
                                            "may hold"),
    ("text_after_quote", {}, "a quoted field goes on after its closing quotation mark; a quotation mark inside a "
                             'field is written twice ("")'),
    ("invalid_csv", {"detail": exc_text}, f"the row is not valid CSV ({exc_text})"),
    ("column_twice", {"name": column}, f"the column {column!r} appears twice"),
    ("columns_missing", {"missing": ", ".join(missing), "columns": "; ".join(COLUMNS)},
     f"the required column(s) {', '.join(missing)} are missing; the first line must name the columns "
     f"({'; '.join(COLUMNS)})"),
    ("bad_id", {"id": tid}, f"the id {tid[:70]!r} may only hold letters, digits and _ . : - (at most 64)"),
    ("unknown_phase", {"phase": phase, "phases": ", ".join(AIDALA_IDS)},
     f"unknown phase {phase!r}; use one of {', '.join(AIDALA_IDS)}"),
    ("empty_phase", {"phases": ", ".join(AIDALA_IDS)}, f"the phase is empty; use one of {', '.join(AIDALA_IDS)}"),
    ("empty_label", {}, "the label is empty"),
    ("touchpoint_disagrees", {"id": tid, "column": column, "first": first_line},
     f"touchpoint {tid!r} has another {column} than on line {first_line}; rows with the same id are one "
     "touchpoint (one row per KPI) and must agree"),
    ("bad_choice", {"column": column, "allowed": OneOf(("digital", "analogue")), "text": text},
     f"{column} must be {' or '.join(('digital', 'analogue'))}, not {text[:40]!r}"),
    ("not_a_number", {"column": "kpi_target", "text": text}, f"kpi_target {text[:40]!r} is not a number"),
    ("bad_emotion", {"text": "7"}, f"emotion {'7'!r} is not a whole number from -2 to +2"),
    ("kpi_name_empty", {"column": given}, f"{given} is given but kpi_name is empty"),
    ("opportunity_text_empty", {"column": "opportunity_owner"},
     "opportunity_owner is given but the opportunity's text is empty"),
    ("bad_opportunity_id", {"id": tid}, f"the opportunity id {tid[:70]!r} may only hold letters, digits and _ . : - "
                                        "(at most 64)"),
    ("opportunity_disagrees", {"id": oid, "field": Term(field), "first": first_line},
     f"opportunity {oid!r} has another {field} than on line {first_line}; rows with the same opportunity_id are "
     "one opportunity and must agree"),
    ("too_many_opportunities", {"limit": MAX_OPPORTUNITIES}, f"more than {MAX_OPPORTUNITIES:,} opportunities; a "
                                                             "journey holds at most that many"),
    ("bad_word", {"column": "opportunity_status", "allowed": "idea, planned", "text": text},
     f"opportunity_status must be one of idea, planned, not {text[:40]!r}"),
    ("not_readable_workbook", {"kind": kind}, f"is not an Excel workbook that can be read ({kind})"),
    ("no_sheet", {}, "the workbook has no sheet"),
    ("empty_sheet", {"sheet": title}, f"the sheet {title!r} is empty"),
    ("in_sheet", {"sheet": title, "row": n, "reason": InterchangeError.coded("empty_label", 3)},
     f"sheet {title!r}, row {n}: the label is empty"),
    ("unknown_touchpoint_id", {"sheet": title, "row": n, "id": "zz"},
     f"sheet {title!r}, row {n}: the opportunity names the touchpoint ID {'zz'!r}, which the touchpoints sheet does "
     "not have"),
    ("not_zip", {}, "is not an Excel workbook (.xlsx files are zip archives)"),
    ("unpacks_too_large", {"mb": 200}, "unpacks to more than 200 MB; this is not a journeymap workbook"),
    ("too_many_rows", {"sheet": title, "limit": 120_000}, f"the sheet {title!r} has more than {120_000:,} rows"),
]


def test_the_samples_cover_every_code():
    assert sorted(code for code, _, _ in SAMPLES) == sorted(codes())


@pytest.mark.parametrize("code, params, old", SAMPLES, ids=[code for code, _, _ in SAMPLES])
def test_english_is_the_line_the_code_wrote_before(code, params, old):
    error = InterchangeError.coded(code, 12, **params)
    assert error.reason == error.reason_in("en") == old
    assert str(error) == error.message("en") == f"line 12: {old}"
    assert str(InterchangeError.coded(code, None, **params)) == old
    assert error.message("de") != error.message("en")  # at least "Zeile 12"
    assert error.message("de").startswith("Zeile 12: ")


def test_numbers_get_the_languages_thousands_separator():
    assert say("too_many_tasks", "en", limit=10_000) == "more than 10,000 tasks; a journey holds at most that many"
    assert say("too_many_tasks", "de", limit=10_000) == \
        "mehr als 10.000 Aufgaben; eine Journey fasst höchstens so viele"
    assert say("too_many_rows", "de", sheet="Touchpoints", limit=120_000) == \
        "das Tabellenblatt 'Touchpoints' hat mehr als 120.000 Zeilen"
    assert say("control_character", "de", char=0x1B) == "enthält das Steuerzeichen U+001B; das ist keine Textdatei"
    assert say("too_many_fields", "de", fields=1234, header=3) == "die Zeile hat 1234 Felder, die Kopfzeile aber nur 3"
    assert InterchangeError.coded("empty", 12_345).message("de") == "Zeile 12345: die Datei ist leer"  # no amount


def test_a_mermaid_score_out_of_range_in_both_languages():
    with pytest.raises(InterchangeError) as caught:
        parse_mermaid("journey\n  section Anfang\n    Tee: 7: Ich\n")
    error = caught.value
    assert str(error) == "line 3: the score 7 of task 'Tee' is not 1, 2, 3, 4 or 5"
    assert error.message("de") == "Zeile 3: die Bewertung 7 der Aufgabe 'Tee' ist nicht 1, 2, 3, 4 oder 5"


def test_mermaid_words_stay_in_the_german_sentence():
    with pytest.raises(InterchangeError) as caught:
        parse_mermaid("journey\n  accDescr {\n    offen\n")
    assert caught.value.message("de") == "Zeile 2: der Block 'accDescr {' wird nicht mit '}' geschlossen"
    with pytest.raises(InterchangeError) as caught:
        read_mermaid("flowchart\n")
    assert caught.value.message("de") == \
        "Zeile 1: eine Mermaid-Journey beginnt mit der Zeile 'journey', nicht mit 'flowchart'"


HEADER = "id;phase;label;kind;kpi_name;kpi_target;opportunity_id;opportunity;opportunity_status"


@pytest.mark.parametrize("rows, english, german", [
    (["t1;attention;Website;foo"], "line 2: kind must be digital or analogue, not 'foo'",
     "Zeile 2: kind muss digital oder analogue sein, nicht 'foo'"),
    (["t1;attention;" + "x" * 10_001], "line 2: label: String should have at most 10000 characters",
     "Zeile 2: label: darf höchstens 10.000 Zeichen lang sein"),
    (["t1;Nirgendwo;Website"], f"line 2: unknown phase 'Nirgendwo'; use one of {', '.join(AIDALA_IDS)}",
     f"Zeile 2: unbekannte Phase 'Nirgendwo'; möglich sind {', '.join(AIDALA_IDS)}"),
    (["t1;attention;Website;;;viel"], "line 2: kpi_target is given but kpi_name is empty",
     "Zeile 2: kpi_target ist angegeben, aber kpi_name ist leer"),
    (["t1;attention;Website;;;;o1;Chat;idea", "t1;attention;Website;;;;o1;Chat;done"],
     "line 3: opportunity 'o1' has another status than on line 2; rows with the same opportunity_id are one "
     "opportunity and must agree",
     "Zeile 3: die Chance 'o1' hat einen anderen Status als in Zeile 2; Zeilen mit derselben opportunity_id sind "
     "eine Chance und müssen übereinstimmen"),
    (['t1;attention;"Website'], "line 2: a quoted field that starts here is not closed",
     "Zeile 2: ein Feld in Anführungszeichen, das hier beginnt, wird nicht geschlossen"),
])
def test_csv_reasons_in_both_languages(rows, english, german):
    with pytest.raises(InterchangeError) as caught:
        read_csv("\n".join([HEADER, *rows]) + "\n")
    assert str(caught.value) == english
    assert caught.value.message("de") == german


def test_a_files_reason_is_the_file_errors_in_the_language(tmp_path):
    with pytest.raises(InterchangeError) as caught:
        read_import(tmp_path / "weg.csv")
    assert str(caught.value) == "no such file" and caught.value.message("de") == "Datei nicht gefunden"
    with pytest.raises(InterchangeError) as caught:
        read_import(tmp_path / "notiz.txt")
    assert caught.value.message("de") == "'.txt'-Dateien können nicht importiert werden; möglich sind .mmd, " \
        ".mermaid, .csv, .xlsx"
    (tmp_path / "kaputt.xlsx").write_bytes(b"not a zip")
    with pytest.raises(InterchangeError) as caught:
        read_import(tmp_path / "kaputt.xlsx")
    assert caught.value.message("de") == "ist keine Excel-Arbeitsmappe (.xlsx-Dateien sind ZIP-Archive)"


def test_a_workbook_names_sheet_and_row_and_the_reason_in_german():
    data = ProjectData(touchpoints=(Touchpoint(id="t1", label="A", phase="attention"),))
    book = load_workbook(io.BytesIO(render_xlsx(data, "en")))
    book.worksheets[0].cell(2, 3).value = "Nowhere"
    buffer = io.BytesIO()
    book.save(buffer)
    with pytest.raises(InterchangeError) as caught:
        read_xlsx(buffer.getvalue())
    phases = ", ".join(AIDALA_IDS)
    assert str(caught.value) == f"sheet 'Touchpoints', row 2: unknown phase 'Nowhere'; use one of {phases}"
    assert caught.value.message("de") == \
        f"Tabellenblatt 'Touchpoints', Zeile 2: unbekannte Phase 'Nowhere'; möglich sind {phases}"


def test_an_error_without_code_is_english_in_every_language():
    error = InterchangeError("something only English knows", 4)
    assert all(error.reason_in(lang) == "something only English knows" for lang in LANGUAGES)
    assert error.message("de") == "Zeile 4: something only English knows" and str(error) == error.message("en")
