"""Recognising names: AIDA(LA) phases by id, name or subtitle, and catalogue entries by name (both languages)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from journeymap.catalogue import Entry, catalogue, fold
from journeymap.model.phases import aidala


@dataclass(frozen=True)
class PhaseMatch:
    """A name recognised as an AIDA(LA) phase, and the language the name was written in (None: both/unclear)."""

    phase_id: str
    lang: str | None


def _keys(text: str) -> set[str]:
    return {fold(text), fold(text, umlauts_as_e=False)} - {""}


@cache
def _phase_table() -> dict[str, PhaseMatch]:
    table: dict[str, PhaseMatch] = {}
    for phase in aidala().phases:
        for lang in ("de", "en"):
            name, subtitle = phase.name.get(lang), phase.subtitle.get(lang)
            for text in (name, subtitle, f"{name} {subtitle}"):
                for key in _keys(text):
                    known = table.get(key)
                    table[key] = PhaseMatch(phase.id, lang if known is None or known.lang == lang else None)
        for key in _keys(phase.id):
            table.setdefault(key, PhaseMatch(phase.id, None))
    return table


def match_phase(name: str) -> PhaseMatch | None:
    """The AIDA(LA) phase a section or column value names (`"Interesse"`, `"Interest"`, `"interest"`,
    `"Spezifizierungsphase"`, `"Aufmerksamkeit (Informationsphase)"`), ignoring case, umlauts and punctuation."""
    table = _phase_table()
    for key in _keys(name):
        if key in table:
            return table[key]
    return None


@cache
def _entry_table() -> dict[str, Entry]:
    table: dict[str, Entry] = {}
    for entry in catalogue():
        for text in (entry.name.de, entry.name.en, entry.id):
            for key in _keys(text):
                table.setdefault(key, entry)
    return table


def match_entry(label: str) -> Entry | None:
    """The catalogue entry whose German or English name (or id) is exactly `label`, ignoring case and umlauts."""
    table = _entry_table()
    for key in _keys(label):
        if key in table:
            return table[key]
    return None


def guess_language(langs: list[str | None]) -> str | None:
    """`de` or `en`, whichever the recognised names use more; None when they do not tell."""
    de, en = langs.count("de"), langs.count("en")
    return "de" if de > en else "en" if en > de else None
