"""Text hygiene: the control characters no stored text may hold, and how to strip or show them safely.

Refused in every text of a journey: C0 controls except tab and line feed, DEL, the C1 controls (U+0080..U+009F)
and the bidirectional embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069) that can make text
display in another order than it is stored. Files with them are refused naming the field; the editor strips them
on input and paste; the command line escapes them before anything reaches a terminal.
"""

from __future__ import annotations

import re
import unicodedata

from journeymap.model.rules import RuleError

CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
TERMINAL_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
STRIP_CONTEXT = "strip_controls"  # validation context key: strip instead of refusing (the paste path)
_NAMES = {"\x00": "NUL", "\x1b": "ESC", "\r": "carriage return", "\x7f": "DEL", "\x07": "bell",
          "\x08": "backspace", "\x0b": "vertical tab", "\x0c": "form feed"}


def describe(char: str) -> str:
    """`U+001B (ESC)`: a control character named for a message."""
    name = _NAMES.get(char) or unicodedata.name(char, "")
    return f"U+{ord(char):04X}" + (f" ({name.lower() if len(name) > 3 else name})" if name else "")


def find_control(text: str) -> str | None:
    """The first refused control character in `text`, or None."""
    match = CONTROL.search(text)
    return match.group() if match else None


def strip_controls(text: str, multiline: bool = True) -> str:
    """`text` without refused control characters; Windows and old Mac line ends become `\\n` (or a space when
    `multiline` is False, as do line feeds)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = CONTROL.sub("", text)
    return text if multiline else text.replace("\n", " ")


def check_text(value: str, strip: bool = False) -> str:
    """`value` if it holds no control character; else, with `strip`, without them; else `ValueError`."""
    bad = find_control(value)
    if bad is None:
        return value
    if strip:
        return strip_controls(value)
    raise RuleError("control_character", char=describe(bad))


def escape_for_terminal(text: str, keep_newlines: bool = True) -> str:
    """`text` with every control character written as a `\\u` escape such as `\\u001b` (valid in JSON strings
    too); tab and, with `keep_newlines`, line feeds stay as they are."""
    if not keep_newlines:
        text = text.replace("\n", "\\n")
    return TERMINAL_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
