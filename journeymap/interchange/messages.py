"""The reasons of `InterchangeError`s, in English and German: one template per code, as `fileformat.messages`.

English is what `str(error)` says (the command line's contract, byte for byte); the editor asks for its UI
language. Numbers written `{n:,}` get the language's thousands separator (10,000 / 10.000). Column names, ids,
Mermaid's words ('journey', 'section', 'accDescr') and the user's own texts stay as they are. A parameter that is
a `Term` is said in the language; `OneOf` joins its choices with "or" / "oder"; an error (a file error, another
import error) says its reason in the language; pydantic's words are a `Validation` (German for the common kinds).
"""

from __future__ import annotations

from journeymap.fileformat.messages import Validation, fill

LANGUAGES = ("en", "de")

_TEMPLATES: dict[str, tuple[str, str]] = {  # code: (English, German)
    # the file (source, files)
    "file_error": ("{reason}", "{reason}"),  # `reason`: the `JourneyFileError` of reading the file
    "too_large": ("the file is larger than {mb} MB", "die Datei ist größer als {mb} MB"),
    "not_encoding": (
        "is not {encoding} text (save the file as UTF-8)",
        "ist kein {encoding}-Text (bitte die Datei als UTF-8 speichern)",
    ),
    "control_character": (
        "contains the control character U+{char:04X}; this is not a text file",
        "enthält das Steuerzeichen U+{char:04X}; das ist keine Textdatei",
    ),
    "empty": ("the file is empty", "die Datei ist leer"),
    "unknown_suffix": (
        "cannot import {suffix!r} files; use {known}",
        "{suffix!r}-Dateien können nicht importiert werden; möglich sind {known}",
    ),
    "no_suffix": (
        "cannot import files without a suffix; use {known}",
        "Dateien ohne Endung können nicht importiert werden; möglich sind {known}",
    ),
    "invalid_value": ("{where}: {detail}", "{where}: {detail}"),  # `detail`: a `Validation`
    "invalid": ("{detail}", "{detail}"),
    # the journey built (build)
    "unknown_language": (
        "unknown language {lang!r} (use de or en)",
        "unbekannte Sprache {lang!r} (de oder en angeben)",
    ),
    "file_too_large": (
        "the journey would make a file larger than {mb} MB",
        "die Journey ergäbe eine Datei größer als {mb} MB",
    ),
    "too_many_tasks": (
        "more than {limit:,} tasks; a journey holds at most that many",
        "mehr als {limit:,} Aufgaben; eine Journey fasst höchstens so viele",
    ),
    "too_many_sections": (
        "more than {limit} different sections; a journey has at most {limit} phases",
        "mehr als {limit} verschiedene sections; eine Journey hat höchstens {limit} Phasen",
    ),
    "task_name_too_long": (
        "the task name is longer than {limit:,} characters",
        "der Name der Aufgabe ist länger als {limit:,} Zeichen",
    ),
    "too_many_actors": (
        "more than {limit} actors; a journey has at most {limit} personas",
        "mehr als {limit} Akteure; eine Journey hat höchstens {limit} Personas",
    ),
    "too_many_links": (
        "the actors' paths need more than {limit:,} links",
        "die Wege der Akteure bräuchten mehr als {limit:,} Links",
    ),
    # Mermaid (mermaid)
    "not_journey_start": (
        "a Mermaid journey starts with the line 'journey', not {text!r}",
        "eine Mermaid-Journey beginnt mit der Zeile 'journey', nicht mit {text!r}",
    ),
    "journey_twice": ("the 'journey' line appears twice", "die Zeile 'journey' kommt zweimal vor"),
    "too_many_section_lines": ("more than {limit:,} section lines", "mehr als {limit:,} section-Zeilen"),
    "task_before_section": (
        "the task {name!r} comes before the first 'section' line",
        "die Aufgabe {name!r} steht vor der ersten 'section'-Zeile",
    ),
    "acc_block_open": (
        "the 'accDescr {{' block is not closed with '}}'",
        "der Block 'accDescr {{' wird nicht mit '}}' geschlossen",
    ),
    "no_journey_line": (
        "there is no 'journey' line; this is not a Mermaid journey",
        "es gibt keine Zeile 'journey'; das ist keine Mermaid-Journey",
    ),
    "front_matter_open": (
        "the front matter that starts with '---' is not closed with '---'",
        "der Vorspann (front matter), der mit '---' beginnt, wird nicht mit '---' geschlossen",
    ),
    "colon_in_section": (
        "a section name cannot contain ':' (write it as '#58;')",
        "ein section-Name darf kein ':' enthalten (stattdessen '#58;' schreiben)",
    ),
    "section_without_name": ("the section has no name", "die section hat keinen Namen"),
    "not_a_task": (
        "{text!r} is not a task; expected 'Task name: score: actors'",
        "{text!r} ist keine Aufgabe; erwartet wird 'Name der Aufgabe: Bewertung: Akteure'",
    ),
    "task_without_name": ("the task has no name before its ':'", "die Aufgabe hat vor ihrem ':' keinen Namen"),
    "no_score": ("the task {name!r} has no score (1 to 5)", "die Aufgabe {name!r} hat keine Bewertung (1 bis 5)"),
    "score_not_number": (
        "the score {score!r} of task {name!r} is not a number",
        "die Bewertung {score!r} der Aufgabe {name!r} ist keine Zahl",
    ),
    "score_out_of_range": (
        "the score {score} of task {name!r} is not 1, 2, 3, 4 or 5",
        "die Bewertung {score} der Aufgabe {name!r} ist nicht 1, 2, 3, 4 oder 5",
    ),
    # CSV (csv_import)
    "too_many_fields": (
        "the row has {fields} fields but the header only {header}",
        "die Zeile hat {fields} Felder, die Kopfzeile aber nur {header}",
    ),
    "too_many_touchpoints": (
        "more than {limit:,} touchpoints; a journey holds at most that many",
        "mehr als {limit:,} Touchpoints; eine Journey fasst höchstens so viele",
    ),
    "too_many_kpis": ("more than {limit:,} KPI rows", "mehr als {limit:,} KPI-Zeilen"),
    "kpi_without_touchpoint": (
        "{column} is given but the row names no touchpoint",
        "{column} ist angegeben, aber die Zeile nennt keinen Touchpoint",
    ),
    "unclosed_quote": (
        "a quoted field that starts here is not closed",
        "ein Feld in Anführungszeichen, das hier beginnt, wird nicht geschlossen",
    ),
    "field_too_long": (
        "a field is longer than {limit:,} characters, more than a CSV field may hold",
        "ein Feld ist länger als {limit:,} Zeichen, mehr als ein CSV-Feld fassen darf",
    ),
    "text_after_quote": (
        "a quoted field goes on after its closing quotation mark; a quotation mark inside a field is written twice "
        "(\"\")",
        "ein Feld in Anführungszeichen geht nach dem schließenden Anführungszeichen weiter; ein Anführungszeichen im "
        "Feld wird doppelt geschrieben (\"\")",
    ),
    "invalid_csv": ("the row is not valid CSV ({detail})", "die Zeile ist kein gültiges CSV ({detail})"),
    "column_twice": ("the column {name!r} appears twice", "die Spalte {name!r} kommt zweimal vor"),
    "columns_missing": (
        "the required column(s) {missing} are missing; the first line must name the columns ({columns})",
        "es fehlen die Pflichtspalte(n) {missing}; die erste Zeile muss die Spalten nennen ({columns})",
    ),
    "bad_id": (
        "the id {id!r} may only hold letters, digits and _ . : - (at most 64)",
        "die id {id!r} darf nur Buchstaben, Ziffern und _ . : - enthalten (höchstens 64)",
    ),
    "unknown_phase": (
        "unknown phase {phase!r}; use one of {phases}",
        "unbekannte Phase {phase!r}; möglich sind {phases}",
    ),
    "empty_phase": ("the phase is empty; use one of {phases}", "die Phase ist leer; möglich sind {phases}"),
    "empty_label": ("the label is empty", "die Bezeichnung (label) ist leer"),
    "touchpoint_disagrees": (
        "touchpoint {id!r} has another {column} than on line {first}; rows with the same id are one touchpoint "
        "(one row per KPI) and must agree",
        "der Touchpoint {id!r} hat in {column} einen anderen Wert als in Zeile {first}; Zeilen mit derselben id "
        "sind ein Touchpoint (eine Zeile je KPI) und müssen übereinstimmen",
    ),
    "bad_choice": ("{column} must be {allowed}, not {text!r}", "{column} muss {allowed} sein, nicht {text!r}"),
    "not_a_number": ("{column} {text!r} is not a number", "{column} {text!r} ist keine Zahl"),
    "bad_emotion": (
        "emotion {text!r} is not a whole number from -2 to +2",
        "emotion {text!r} ist keine ganze Zahl von -2 bis +2",
    ),
    "kpi_name_empty": ("{column} is given but kpi_name is empty", "{column} ist angegeben, aber kpi_name ist leer"),
    # opportunities (csv_opportunities)
    "opportunity_text_empty": (
        "{column} is given but the opportunity's text is empty",
        "{column} ist angegeben, aber der Text der Chance ist leer",
    ),
    "bad_opportunity_id": (
        "the opportunity id {id!r} may only hold letters, digits and _ . : - (at most 64)",
        "die id der Chance {id!r} darf nur Buchstaben, Ziffern und _ . : - enthalten (höchstens 64)",
    ),
    "opportunity_disagrees": (
        "opportunity {id!r} has another {field} than on line {first}; rows with the same opportunity_id are one "
        "opportunity and must agree",
        "die Chance {id!r} hat {field} als in Zeile {first}; Zeilen mit derselben opportunity_id sind eine Chance "
        "und müssen übereinstimmen",
    ),
    "too_many_opportunities": (
        "more than {limit:,} opportunities; a journey holds at most that many",
        "mehr als {limit:,} Chancen; eine Journey fasst höchstens so viele",
    ),
    "bad_word": (
        "{column} must be one of {allowed}, not {text!r}",
        "{column} muss eines von {allowed} sein, nicht {text!r}",
    ),
    # Excel (xlsx_import)
    "not_readable_workbook": (
        "is not an Excel workbook that can be read ({kind})",
        "ist keine lesbare Excel-Arbeitsmappe ({kind})",
    ),
    "no_sheet": ("the workbook has no sheet", "die Arbeitsmappe hat kein Tabellenblatt"),
    "empty_sheet": ("the sheet {sheet!r} is empty", "das Tabellenblatt {sheet!r} ist leer"),
    "in_sheet": ("sheet {sheet!r}, row {row}: {reason}", "Tabellenblatt {sheet!r}, Zeile {row}: {reason}"),
    "unknown_touchpoint_id": (
        "sheet {sheet!r}, row {row}: the opportunity names the touchpoint ID {id!r}, which the touchpoints sheet "
        "does not have",
        "Tabellenblatt {sheet!r}, Zeile {row}: die Chance nennt die Touchpoint-ID {id!r}, die das Tabellenblatt der "
        "Touchpoints nicht enthält",
    ),
    "not_zip": (
        "is not an Excel workbook (.xlsx files are zip archives)",
        "ist keine Excel-Arbeitsmappe (.xlsx-Dateien sind ZIP-Archive)",
    ),
    "unpacks_too_large": (
        "unpacks to more than {mb} MB; this is not a journeymap workbook",
        "ist entpackt größer als {mb} MB; das ist keine journeymap-Arbeitsmappe",
    ),
    "too_many_rows": (
        "the sheet {sheet!r} has more than {limit:,} rows",
        "das Tabellenblatt {sheet!r} hat mehr als {limit:,} Zeilen",
    ),
}

_TERMS: dict[str, tuple[str, str]] = {  # words put into the sentences above: (English, German)
    # what differs between two rows of one opportunity ("has another …" / "hat …")
    "text": ("text", "einen anderen Text"),
    "owner": ("owner", "eine andere verantwortliche Person"),
    "status": ("status", "einen anderen Status"),
    "impact": ("impact", "eine andere Wirkung"),
    "effort": ("effort", "einen anderen Aufwand"),
}


class Term(str):
    """A parameter that is a word of `_TERMS` (its key), said in the sentence's language."""

    def __new__(cls, key: str) -> Term:
        if key not in _TERMS:
            raise KeyError(key)
        return super().__new__(cls, key)


class OneOf(tuple[str, ...]):
    """Choices joined as "a or b" / "a oder b"."""


def say(code: str, lang: str, /, **params: object) -> str:
    """The reason `code` in `lang` ("de": German, else English), its parameters filled in."""
    english, german = _TEMPLATES[code]
    return fill(german if lang == "de" else english, lang, **{
        name: _one(value, lang) for name, value in params.items()})


def _one(value: object, lang: str) -> object:
    if isinstance(value, Term):
        english, german = _TERMS[str(value)]
        return german if lang == "de" else english
    if isinstance(value, OneOf):
        return (" oder " if lang == "de" else " or ").join(value)
    if isinstance(value, Validation):
        return value.said(lang)
    reason_in = getattr(value, "reason_in", None)  # a `JourneyFileError` or an `InterchangeError`
    if isinstance(value, Exception) and callable(reason_in):
        return reason_in(lang)
    return value


def codes() -> dict[str, tuple[str, str]]:
    """Every code with its two templates (for the tests)."""
    return dict(_TEMPLATES)


def terms() -> dict[str, tuple[str, str]]:
    return dict(_TERMS)
