"""Reading import files safely: size limit, decoding, line splitting, and values validated per line."""

from __future__ import annotations

import codecs
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pydantic import ValidationError

from journeymap.interchange.errors import InterchangeError
from journeymap.model.limits import MAX_FILE_BYTES

T = TypeVar("T")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def read_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of an import file; `InterchangeError` when missing, unreadable or over the size limit."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InterchangeError("is a folder, not a file")
        with path.open("rb") as handle:
            content = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise InterchangeError("does not exist") from None
    except OSError as exc:
        raise InterchangeError(f"cannot be read ({exc.strerror or exc})") from None
    check_size(len(content))
    return content


def check_size(size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise InterchangeError(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")


def decode(content: bytes | str) -> str:
    """Text from UTF-8 (a byte-order mark is skipped; UTF-16 with a BOM is accepted too), with `\\n` line ends.

    Refuses bytes that are not UTF-8 and control characters (binary files), naming the line.
    """
    if isinstance(content, str):
        check_size(len(content))
        text = content.removeprefix("\ufeff")
    else:
        check_size(len(content))
        encoding = "utf-8"
        for bom, name in _BOMS:
            if content.startswith(bom):
                content, encoding = content[len(bom):], name
                break
        try:
            text = content.decode(encoding)
        except UnicodeDecodeError as exc:
            line = content[: exc.start].count(b"\n") + 1
            raise InterchangeError("is not UTF-8 text (save the file as UTF-8)", line) from None
        text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = _CONTROL.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        raise InterchangeError(f"contains the control character U+{ord(bad.group()):04X}; this is not a text file",
                               line)
    return text


def validated(make: Callable[..., T], line: int | None, **fields: object) -> T:
    """`make(**fields)` (a pydantic model), with a validation problem turned into an `InterchangeError` at `line`."""
    try:
        return make(**fields)
    except ValidationError as exc:
        raise InterchangeError(describe(exc), line) from None


def describe(exc: ValidationError) -> str:
    """The first problem of a pydantic validation error in one sentence."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message
