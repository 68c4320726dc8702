"""The reasons of `JourneyFileError`s, in English and German: one template per code, as the findings have theirs.

English is what `str(error)` says (the command line's contract); the editor asks for its UI language. Numbers
written `{n:,}` get the language's thousands separator (10,000 / 10.000). A parameter that is a `Term` is a word
of `_TERMS`, said in the language too; any other text (an OS message, a field path) is shown as it is.
"""

from __future__ import annotations

import errno
import os
import string
from typing import Any

LANGUAGES = ("en", "de")

_TEMPLATES: dict[str, tuple[str, str]] = {  # code: (English, German)
    # reading (safe_io)
    "no_file_name": ("no file name was given", "es wurde kein Dateiname angegeben"),
    "no_such_file": ("no such file", "Datei nicht gefunden"),
    "not_regular": (
        "is {kind}, not an ordinary file; journeymap only reads ordinary files",
        "ist {kind}, keine gewöhnliche Datei; journeymap liest nur gewöhnliche Dateien",
    ),
    "cannot_read": ("cannot be read ({os})", "kann nicht gelesen werden ({os})"),
    # reading (reader)
    "too_large": ("the file is larger than {mb} MB", "die Datei ist größer als {mb} MB"),
    "no_journey": (
        "the file holds no journey (it has the journeymap marker but no meta, phases or touchpoints)",
        "die Datei enthält keine Journey (sie trägt die journeymap-Kennung, aber weder meta noch phases oder "
        "touchpoints)",
    ),
    "not_utf8": (
        "not a journey file (the content is not UTF-8 text)",
        "keine Journey-Datei (der Inhalt ist kein UTF-8-Text)",
    ),
    "empty": ("the file is empty", "die Datei ist leer"),
    "broken_json": (
        "not a journey file (broken JSON at line {line}, column {column})",
        "keine Journey-Datei (fehlerhaftes JSON in Zeile {line}, Spalte {column})",
    ),
    "json_too_deep": ("not a journey file (nested too deeply)", "keine Journey-Datei (zu tief verschachtelt)"),
    "number_too_long": (
        "not a journey file (a number has more than {digits:,} digits)",
        "keine Journey-Datei (eine Zahl hat mehr als {digits:,} Ziffern)",
    ),
    "duplicate_key": (
        "the key {key} appears twice in one object; a journey file names each key once",
        "der Schlüssel {key} kommt in einem Objekt zweimal vor; eine Journey-Datei nennt jeden Schlüssel nur einmal",
    ),
    "bad_number": (
        "the file contains {name}, which is not a valid number",
        "die Datei enthält {name}, das ist keine gültige Zahl",
    ),
    "no_marker": (
        "not a journeymap file (the \"format\": \"journeymap\" marker is missing)",
        "keine journeymap-Datei (die Kennung \"format\": \"journeymap\" fehlt)",
    ),
    "no_schema_version": ("the file has no valid schema_version", "die Datei hat keine gültige schema_version"),
    "schema_too_new": (
        "the file uses schema_version {version}, but this journeymap reads up to {current}; please update journeymap",
        "unbekannte schema_version {version} — diese Datei stammt aus einer neueren journeymap-Version (diese liest "
        "bis {current}); bitte journeymap aktualisieren",
    ),
    "schema_unknown": ("unknown schema_version {version}", "unbekannte schema_version {version}"),
    "too_deep": (
        "the file is nested more than {levels} levels deep",
        "die Datei ist mehr als {levels} Ebenen tief verschachtelt",
    ),
    "too_many": (
        "the file has {count:,} {key}; at most {limit:,} are allowed",
        "die Datei hat {count:,} {key}; erlaubt sind höchstens {limit:,}",
    ),
    "text_too_long": (
        "the file contains a text of {length:,} characters; at most {limit:,} are allowed",
        "die Datei enthält einen Text mit {length:,} Zeichen; erlaubt sind höchstens {limit:,}",
    ),
    "lone_surrogate": (
        "the file contains a broken character escape (a lone UTF-16 surrogate)",
        "die Datei enthält ein fehlerhaftes Zeichen-Escape (ein einzelnes UTF-16-Surrogat)",
    ),
    "unknown_field": ("{where}: unknown field", "{where}: unbekanntes Feld"),
    "invalid_value": ("{where}: {detail}", "{where}: {detail}"),  # `detail`: a `Validation`
    "invalid": ("{detail}", "{detail}"),
    # writing (output)
    "folder_missing": ("the folder does not exist", "der Ordner existiert nicht"),
    "not_regular_target": (
        "is {kind}, not an ordinary file; journeymap only replaces ordinary files",
        "ist {kind}, keine gewöhnliche Datei; journeymap ersetzt nur gewöhnliche Dateien",
    ),
    "cannot_save": ("could not be saved ({os})", "konnte nicht gespeichert werden ({os})"),
    "write_protected": ("is write-protected", "ist schreibgeschützt"),
    "write_protected_owner": (
        "is write-protected (it belongs to {owner})",
        "ist schreibgeschützt (sie gehört {owner})",
    ),
    # the document, its lock and its autosave
    "read_only": (
        "was opened read-only; save it under another name",
        "wurde schreibgeschützt geöffnet; bitte unter einem anderen Namen speichern",
    ),
    "changed_on_disk": (
        "was changed on disk by someone else since it was opened",
        "wurde seit dem Öffnen von jemand anderem auf der Festplatte geändert",
    ),
    "locked": ("is open in another editor ({owner})", "ist in einem anderen Editor geöffnet ({owner})"),
    "autosave_folder": (
        "the autosave folder cannot be created ({os})",
        "der Ordner für automatische Sicherungen kann nicht angelegt werden ({os})",
    ),
    # pictures of the map
    "picture_too_big": (
        "the picture is too big to draw (not enough memory)",
        "das Bild ist zu groß zum Zeichnen (nicht genug Speicher)",
    ),
    "png_encoding": ("the picture could not be encoded as PNG", "das Bild konnte nicht als PNG kodiert werden"),
    "svg_drawing": ("the SVG picture could not be drawn", "das SVG-Bild konnte nicht gezeichnet werden"),
    "needs_gui_application": (
        "pictures of the map need a QApplication, not a QCoreApplication",
        "Bilder der Karte brauchen eine QApplication, keine QCoreApplication",
    ),
    "picture_suffix": (
        "a picture is a .png or .svg file, not {suffix}",
        "ein Bild ist eine .png- oder .svg-Datei, nicht {suffix}",
    ),
}

_TERMS: dict[str, tuple[str, str]] = {  # words put into the sentences above: (English, German)
    "folder": ("a folder", "ein Ordner"),
    "fifo": ("a named pipe (FIFO)", "eine benannte Pipe (FIFO)"),
    "device": ("a device", "ein Gerät"),
    "socket": ("a socket", "ein Socket"),
    "special": ("a special file", "eine Spezialdatei"),
    "no_suffix": ("'a name without suffix'", "„ein Name ohne Endung“"),
    "someone": ("someone", "jemand"),
    "on_host": ("on {host}", "auf {host}"),
    "since": ("since {opened}", "seit {opened}"),
    "touchpoints": ("touchpoints", "Touchpoints"),
    "links": ("links", "Links"),
    "opportunities": ("opportunities", "Chancen"),
}


_OS_GERMAN: dict[str, str] = {  # the common operating system errors (by errno name), in German
    "EACCES": "Keine Berechtigung",
    "EPERM": "Die Operation ist nicht erlaubt",
    "ENOENT": "Datei oder Verzeichnis nicht gefunden",
    "ENOSPC": "Auf dem Gerät ist kein Speicherplatz mehr verfügbar",
    "EDQUOT": "Das zugewiesene Speicherkontingent ist überschritten",
    "EROFS": "Das Dateisystem ist nur lesbar",
    "EIO": "Ein-/Ausgabefehler",
    "ENAMETOOLONG": "Der Dateiname ist zu lang",
    "EISDIR": "Ist ein Verzeichnis",
    "ENOTDIR": "Ist kein Verzeichnis",
    "EBUSY": "Das Gerät oder die Ressource ist belegt",
    "EMFILE": "Zu viele offene Dateien",
    "EFBIG": "Die Datei ist zu groß",
    "ELOOP": "Zu viele Ebenen symbolischer Verknüpfungen",
}


class OsReason(str):
    """An operating system's reason: its own text (English on most systems), in German for the common errors.
    A text the program gave the error itself stays as it is."""

    errno: int | None
    system_text: bool

    def __new__(cls, exc: OSError) -> OsReason:
        reason = super().__new__(cls, exc.strerror or str(exc))
        reason.errno = exc.errno
        reason.system_text = exc.errno is not None and exc.strerror == os.strerror(exc.errno)
        return reason

    def said(self, lang: str) -> str:
        if lang == "de" and self.system_text and self.errno is not None:
            return _OS_GERMAN.get(errno.errorcode.get(self.errno, ""), str(self))
        return str(self)


_VALIDATION_GERMAN: dict[str, str] = {  # pydantic's error types: German for the common ones (with its context)
    "missing": "Pflichtfeld fehlt",
    "extra_forbidden": "unbekanntes Feld",
    "field_before_schema_2": "unbekanntes Feld (eine Datei vor Schema 2 hat keine opportunities)",
    "string_type": "muss ein Text sein",
    "int_type": "muss eine ganze Zahl sein",
    "int_parsing": "muss eine ganze Zahl sein",
    "int_from_float": "muss eine ganze Zahl sein",
    "float_type": "muss eine Zahl sein",
    "float_parsing": "muss eine Zahl sein",
    "bool_type": "muss true oder false sein",
    "bool_parsing": "muss true oder false sein",
    "list_type": "muss eine Liste sein",
    "tuple_type": "muss eine Liste sein",
    "dict_type": "muss ein Objekt sein",
    "model_type": "muss ein Objekt sein",
    "model_attributes_type": "muss ein Objekt sein",
    "less_than_equal": "darf höchstens {le} sein",
    "greater_than_equal": "muss mindestens {ge} sein",
    "less_than": "muss kleiner als {lt} sein",
    "greater_than": "muss größer als {gt} sein",
    "string_too_long": "darf höchstens {max_length:,} Zeichen lang sein",
    "string_too_short": "muss mindestens {min_length:,} Zeichen lang sein",
    "too_long": "darf höchstens {max_length:,} Einträge haben",
    "too_short": "muss mindestens {min_length:,} Einträge haben",
    "literal_error": "muss {expected} sein",
    "enum": "muss {expected} sein",
}


class Validation(str):
    """A validation problem as pydantic words it (English), in German for its common kinds and for the journey's own
    rules (`model.rules`); anything else keeps its English words inside a German sentence."""

    kind: str
    context: dict[str, object]

    def __new__(cls, message: str, kind: str, context: dict[str, object] | None = None) -> Validation:
        text = super().__new__(cls, message)
        text.kind, text.context = kind, dict(context or {})
        return text

    def said(self, lang: str) -> str:
        if lang != "de":
            return str(self)
        rule = self.context.get("error")  # a journey's own rule (`model.rules.RuleError`) says itself in German
        reason_in = getattr(rule, "reason_in", None)
        if isinstance(rule, ValueError) and callable(reason_in):
            return str(reason_in(lang))
        german = _VALIDATION_GERMAN.get(self.kind)
        if german is None:
            return f"ungültiger Wert ({self})"
        context = {name: value.replace(" or ", " oder ") if isinstance(value, str) else value
                   for name, value in self.context.items()}
        try:
            return fill(german, lang, **context)
        except (KeyError, IndexError, ValueError):  # a context other than expected: pydantic's own words
            return f"ungültiger Wert ({self})"


class Term(str):
    """A parameter that is a word of `_TERMS` (its key), said in the sentence's language."""

    def __new__(cls, key: str, **params: object) -> Term:
        if key not in _TERMS:
            raise KeyError(key)
        term = super().__new__(cls, key)
        term.params = params
        return term

    params: dict[str, object]


class _Formatter(string.Formatter):
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        text: str = format(value, format_spec)
        if self.lang == "de" and "," in format_spec and isinstance(value, int):
            text = text.replace(",", ".")
        return text


def fill(template: str, lang: str, /, **params: object) -> str:
    """`template` with `params` filled in; numbers written `{n:,}` get the language's thousands separator."""
    return _Formatter(lang).format(template, **params)


def say(code: str, lang: str, **params: object) -> str:
    """The reason `code` in `lang` ("de": German, else English), its parameters filled in."""
    english, german = _TEMPLATES[code]
    return fill(german if lang == "de" else english, lang, **_said(params, lang))


class Words(tuple[object, ...]):
    """A parameter made of parts (texts and `Term`s), joined by spaces in the sentence's language."""


def term(value: Term, lang: str) -> str:
    english, german = _TERMS[str(value)]
    return (german if lang == "de" else english).format(**_said(value.params, lang))


def _said(params: dict[str, object], lang: str) -> dict[str, object]:
    return {name: _one(value, lang) for name, value in params.items()}


def _one(value: object, lang: str) -> object:
    if isinstance(value, Term):
        return term(value, lang)
    if isinstance(value, (OsReason, Validation)):
        return value.said(lang)
    if isinstance(value, Words):
        return " ".join(str(_one(part, lang)) for part in value)
    return value


def codes() -> dict[str, tuple[str, str]]:
    """Every code with its two templates (for the tests)."""
    return dict(_TEMPLATES)


def terms() -> dict[str, tuple[str, str]]:
    return dict(_TERMS)
