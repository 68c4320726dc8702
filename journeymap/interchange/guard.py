"""The guard against spreadsheet formulas in CSV cells, written by the CSV export and undone by the import.

A cell text a spreadsheet could run as a formula (starting, also after spaces, with `=`, `+`, `-` or `@`, or
starting with a tab or a line break) is written with a leading apostrophe. So is a text the import would
otherwise take for a guarded one (an apostrophe before such a text, e.g. a label `'=x`), so that every text comes
back as it was, without outer spaces. The Excel import hands its cells over guarded the same way.
"""

from __future__ import annotations

FORMULA_SIGNS = ("=", "+", "-", "@")
_BREAKS = ("\t", "\r", "\n")


def needs_guard(text: str) -> bool:
    """Whether `text` is written with a leading apostrophe (see the module)."""
    while True:
        if text.strip() and (text[:1] in _BREAKS or text.lstrip()[:1] in FORMULA_SIGNS):
            return True
        text = text.strip()
        if text[:1] != "'":
            return False
        text = text[1:]  # an apostrophe before a guarded-looking text: the import would take it for the guard


def guard(text: str) -> str:
    """`text` as a CSV cell: with a leading apostrophe when it needs one."""
    return "'" + text if needs_guard(text) else text


def unguard(text: str) -> str:
    """A CSV cell's text without outer spaces and without the guard (`'=x` → `=x`, `''=x` → `'=x`)."""
    text = text.strip()
    return text[1:].strip() if text[:1] == "'" and needs_guard(text[1:]) else text
