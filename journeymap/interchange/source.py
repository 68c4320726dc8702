"""Reading import files safely: size limit, decoding, line splitting, and values validated per line."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable
from typing import TypeVar

from pydantic import ValidationError

from journeymap.fileformat.errors import LoadError
from journeymap.fileformat.messages import Validation
from journeymap.fileformat.safe_io import read_regular
from journeymap.interchange.errors import InterchangeError
from journeymap.model.limits import MAX_FILE_BYTES

T = TypeVar("T")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8", "UTF-8"), (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"))
UTF8, WINDOWS_1252 = "UTF-8", "Windows-1252"
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """The bytes of an import file; `InterchangeError` when missing, unreadable, not a regular file (a FIFO or a
    device is never opened in a way that could block) or over the size limit."""
    try:
        content, _ = read_regular(path, MAX_FILE_BYTES)
    except LoadError as exc:
        raise InterchangeError.coded("file_error", reason=exc) from None
    check_size(len(content))
    return content


def check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise InterchangeError.coded("too_large", mb=MAX_FILE_BYTES // (1024 * 1024))


def decode(content: bytes | str) -> str:
    """Text with `\\n` line ends (see `decode_text`)."""
    return decode_text(content)[0]


def decode_text(content: bytes | str) -> tuple[str, str]:
    """Text with `\\n` line ends, and the name of the encoding read.

    UTF-8 (a byte-order mark is skipped; UTF-16 with a BOM is accepted too); bytes that are not UTF-8 but are
    Windows-1252 (what Excel's "CSV (Trennzeichen-getrennt)" and Windows editors write) are read as that.
    Refuses anything else and control characters (binary files), naming the line.
    """
    check_size(len(content))
    if isinstance(content, str):
        text, shown = content.removeprefix("\ufeff"), UTF8
    else:
        encoding, shown = "utf-8", UTF8
        for bom, name, label in _BOMS:
            if content.startswith(bom):
                content, encoding, shown = content[len(bom):], name, label
                break
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError as exc:
            fallback = _windows_1252(content) if encoding == "utf-8" else None
            if fallback is None:
                line = content[: exc.start].count(b"\n") + 1
                raise InterchangeError.coded("not_encoding", line, encoding=shown) from None
            text, shown = fallback, WINDOWS_1252
        text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise InterchangeError.coded("control_character", line, char=ord(bad.group()))
    return text, shown


def _windows_1252(content: bytes) -> str | None:
    """The text of bytes that are Windows-1252 (not UTF-8): None when they hold a well-formed UTF-8 sequence (a
    file mixing both is broken, not Windows-1252), a byte Windows-1252 lacks, or control characters (binary)."""
    if _UTF8_SEQUENCE.search(content):
        return None
    try:
        text = content.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if _CONTROL.search(text) else text


def validated(make: Callable[..., T], line: int | None, **fields: object) -> T:
    """`make(**fields)` (a pydantic model), with a validation problem turned into an `InterchangeError` at `line`."""
    try:
        return make(**fields)
    except ValidationError as exc:
        raise invalid(exc, line) from None


def invalid(exc: ValidationError, line: int | None) -> InterchangeError:
    """The first problem of a pydantic validation error in one sentence, at `line` ("where: problem"; pydantic's
    words in English, said in German for its common kinds by `Validation`)."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    detail = Validation(str(error["msg"]).removeprefix("Value error, "), error["type"], error.get("ctx"))
    if where:
        return InterchangeError.coded("invalid_value", line, where=where, detail=detail)
    return InterchangeError.coded("invalid", line, detail=detail)
