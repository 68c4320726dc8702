"""Read `.journey` files defensively: every malformed or hostile input becomes one `LoadError`."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from journeymap.fileformat.collector import collector_off
from journeymap.fileformat.errors import LoadError
from journeymap.fileformat.messages import Term, Validation, say
from journeymap.fileformat.migrations import CURRENT_SCHEMA, MigrationError, migrate
from journeymap.fileformat.safe_io import FileStamp, read_regular
from journeymap.model.data import ProjectData
from journeymap.model.hygiene import STRIP_CONTEXT
from journeymap.model.limits import (
    MAX_FILE_BYTES,
    MAX_LINKS,
    MAX_NESTING,
    MAX_OPPORTUNITIES,
    MAX_STRING,
    MAX_TOUCHPOINTS,
)
from journeymap.model.values import Blueprint

FORMAT_NAME = "journeymap"
ENVELOPE_KEYS = {"format", "schema_version", "app_version"}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_EMPTY_BLUEPRINT = Blueprint().model_dump(mode="json")  # as the writer writes it
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")  # the only way a surrogate gets into parsed UTF-8 JSON


def load(path: str | os.PathLike[str]) -> ProjectData:
    """Read, check, migrate and validate a `.journey` file."""
    raw, _status = read_regular(path, MAX_FILE_BYTES)
    try:
        return loads(raw)
    except LoadError as exc:
        exc.path = Path(path)
        raise


def load_with_stamp(path: str | os.PathLike[str]) -> tuple[ProjectData, FileStamp]:
    """`load`, and the stamp of the bytes read (to tell later whether the file changed on disk).

    Only a regular file is read (never blocking on a FIFO or a device)."""
    raw, status = read_regular(path, MAX_FILE_BYTES)
    try:
        return loads(raw), FileStamp.of(raw, status)
    except LoadError as exc:
        exc.path = Path(path)
        raise


def loads(raw: bytes | str, *, strip_controls: bool = False) -> ProjectData:
    """Parse a journey from the bytes (or text) of a `.journey` file. `strip_controls` removes control characters
    from texts instead of refusing them (for data pasted from the clipboard)."""
    with collector_off():  # hundreds of thousands of new objects, none of them garbage (`collector`)
        return _loads(raw, strip_controls)


def _loads(raw: bytes | str, strip_controls: bool) -> ProjectData:
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError.coded("too_large", mb=MAX_FILE_BYTES // (1024 * 1024))
    document, shape = _parse_json(raw)
    version = _check_envelope(document)
    if set(document) <= ENVELOPE_KEYS:
        raise LoadError.coded("no_journey")
    shape.check(document, surrogates=_SURROGATE_ESCAPE.search(raw) is not None)
    try:
        document = migrate(document, version)
    except MigrationError as exc:
        raise _migration_error(exc) from None
    body = {k: v for k, v in document.items() if k not in ENVELOPE_KEYS}
    _leave_empty_blueprints_out(body)
    try:
        return ProjectData.model_validate(body, context={STRIP_CONTEXT: True} if strip_controls else None)
    except ValidationError as exc:
        raise _describe(exc) from None


def _leave_empty_blueprints_out(body: dict[str, Any]) -> None:
    """Drop every touchpoint's blueprint that is exactly the empty one (the file names one for every card): the
    model's default is that same value, and validating it would build five models per card (half the time of a
    big journey). The journey read is equal; only its own freshly parsed dicts are changed."""
    touchpoints = body.get("touchpoints")
    if type(touchpoints) is list:
        for tp in touchpoints:
            if type(tp) is dict and tp.get("blueprint") == _EMPTY_BLUEPRINT:
                del tp["blueprint"]


def _parse_json(raw: bytes) -> tuple[Any, _Shape]:
    """The parsed JSON and its shape; a key that repeats in one object, NaN or Infinity, broken JSON: `LoadError`.

    Parsed at C speed without a hook first; `_Shape.keys_unique` then tells from the bytes whether any object named
    a key twice. Only when it cannot be sure, or the fast parse failed, the text is parsed again strictly, pair by
    pair (`_unique_keys`), which finds the first problem in file order and names it."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise LoadError.coded("not_utf8") from None
    if not text or text.isspace():
        raise LoadError.coded("empty")
    try:
        document = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError):  # the strict parse below names the first problem, as it always did
        pass
    else:
        shape = _Shape(document)
        if shape.keys_unique(raw):
            return document, shape
    document = _parse_strictly(text)
    return document, _Shape(document)


def _parse_strictly(text: str) -> Any:
    try:
        return json.loads(text, parse_constant=_refuse_constant, object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise LoadError.coded("broken_json", line=exc.lineno, column=exc.colno) from None
    except RecursionError:
        raise LoadError.coded("json_too_deep") from None
    except _Refused as exc:  # from _refuse_constant or _unique_keys
        raise LoadError.coded(exc.code, **exc.params) from None
    except ValueError as exc:  # Python's limit on the digits of a number, or another reason in English
        digits = re.match(r"Exceeds the limit \((\d+) digits\)", str(exc))
        if digits:
            raise LoadError.coded("number_too_long", digits=int(digits.group(1))) from None
        raise LoadError(str(exc)) from None


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """An object from its pairs, refusing a key that appears twice (JSON would silently keep the last)."""
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                shown = json.dumps(key[:40], ensure_ascii=True)
                raise _Refused("duplicate_key", key=shown)
            seen.add(key)
    return result


class _Refused(ValueError):
    """A problem found while parsing (json passes it on as it is): the code and parameters of its reason."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(say(code, "en", **params))
        self.code, self.params = code, params


def _refuse_constant(name: str) -> Any:
    raise _Refused("bad_number", name=name)


def _check_envelope(document: Any) -> int:
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise LoadError.coded("no_marker")
    version = document.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise LoadError.coded("no_schema_version")
    if version > CURRENT_SCHEMA:
        raise LoadError.coded("schema_too_new", version=version, current=CURRENT_SCHEMA)
    if version < 1:
        raise LoadError.coded("schema_unknown", version=version)
    return version


class _Shape:
    """What one walk over the parsed JSON gathers, one level at a time: how deep it goes, every string (keys too)
    and how many keys the objects hold."""

    def __init__(self, document: Any) -> None:
        level: list[Any] = [document]
        strings: list[str] = []
        keys = depth = 0
        while level:
            depth += 1
            below: list[Any] = []
            for node in level:  # exact types: this is what `json.loads` made (a third faster than `isinstance`)
                kind = type(node)
                if kind is str:
                    strings.append(node)
                elif kind is dict:
                    strings.extend(node)
                    keys += len(node)
                    below.extend(node.values())
                elif kind is list:
                    below.extend(node)
            level = below
        self.depth, self.strings, self.keys = depth, strings, keys
        self.text = "".join(strings)  # Python strings never pair up surrogates when joined

    def keys_unique(self, raw: bytes) -> bool:
        """True when no object of `raw` (the bytes parsed) named a key twice. Outside strings a colon follows each
        key exactly once; inside, each colon of a parsed string is one in the bytes, unless written `\\u003a` (any
        `\\u003…` escape in the bytes: not sure, False). A key named twice loses one key, and maybe strings with
        colons, from the parse: the colons in the bytes would outnumber the keys and the colons in the strings."""
        if b"\\" in raw and b"\\u003" in raw:  # (a backslash is rare: the search for it is quick)
            return False
        return raw.count(b":") == self.keys + self.text.count(":")

    def check(self, document: dict[str, Any], surrogates: bool = True) -> None:
        """Limits that hold before any validation: nesting depth, string length, number of items; a text too long
        or a lone surrogate: the first one in the file is named. `surrogates` False: the file has no
        `\\uD800`-`\\uDFFF` escape, so no text can hold a surrogate (strict UTF-8 decoding refuses encoded ones)."""
        if self.depth > MAX_NESTING:
            raise LoadError.coded("too_deep", levels=MAX_NESTING)
        strings = self.strings
        if strings and max(map(len, strings)) > MAX_STRING:
            longest = next(text for text in strings if len(text) > MAX_STRING)
            _check_string(longest)
        if surrogates and _LONE_SURROGATE.search(self.text):
            _check_string(next(text for text in strings if _LONE_SURROGATE.search(text)))
        for key, limit in (("touchpoints", MAX_TOUCHPOINTS), ("links", MAX_LINKS),
                           ("opportunities", MAX_OPPORTUNITIES)):
            items = document.get(key)
            if isinstance(items, list) and len(items) > limit:
                raise LoadError.coded("too_many", count=len(items), key=Term(key), limit=limit)


def _check_string(text: str) -> None:
    if len(text) > MAX_STRING:
        raise LoadError.coded("text_too_long", length=len(text), limit=MAX_STRING)
    if _LONE_SURROGATE.search(text):
        raise LoadError.coded("lone_surrogate")


_MIGRATION_KINDS = {"Input should be a valid list": "list_type", "Input should be a valid string": "string_type",
                    "unknown field (a file before schema 2 has no opportunities)": "field_before_schema_2"}


def _migration_error(exc: MigrationError) -> LoadError:
    """A migration's message `where: detail` (pydantic's words) as the reason `invalid_value`."""
    where, sep, detail = str(exc).partition(": ")
    if not sep:
        return LoadError.coded("invalid", detail=Validation(str(exc), "value_error"))
    return LoadError.coded("invalid_value", where=where,
                           detail=Validation(detail, _MIGRATION_KINDS.get(detail, "value_error")))


def _describe(exc: ValidationError) -> LoadError:
    """The error naming the first problem and where it is, e.g. `touchpoints[3].emotion: ...` (pydantic's words in
    English; `Validation` says the common ones in German)."""
    error = exc.errors(include_url=False)[0]
    where = ""
    for part in error["loc"]:
        if isinstance(part, int):
            where += f"[{part}]"
        else:
            name = part if re.fullmatch(r"[A-Za-z0-9_]{1,40}", part) else json.dumps(part[:40])
            where += f".{name}" if where else name
    message = error["msg"].removeprefix("Value error, ")
    if error["type"] == "extra_forbidden":
        return LoadError.coded("unknown_field", where=where) if where else LoadError.coded(
            "invalid", detail=Validation("unknown field", "extra_forbidden"))
    detail = Validation(message, error["type"], error.get("ctx"))
    return LoadError.coded("invalid_value", where=where, detail=detail) if where else LoadError.coded(
        "invalid", detail=detail)
