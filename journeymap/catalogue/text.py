"""Text folding for catalogue search: case-, umlaut- and accent-insensitive, punctuation as spaces."""

from __future__ import annotations

import re
import unicodedata

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str, umlauts_as_e: bool = True) -> str:
    """Lower-case ASCII words separated by single spaces.

    With `umlauts_as_e` (the default) ä→ae, ö→oe, ü→ue, ß→ss, as Germans type without umlauts ("ueber");
    otherwise umlauts lose their dots like other accents ("uber"). `"Über-Messe!"` → `"ueber messe"`.
    """
    text = text.casefold()  # also ß -> ss
    if umlauts_as_e:
        text = text.translate(_UMLAUTS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", text).strip()


def haystack(*texts: str) -> str:
    """Both foldings of the texts, joined, for `matches` to look in."""
    joined = " | ".join(texts)
    return f" {fold(joined)} | {fold(joined, umlauts_as_e=False)} "


def words(query: str) -> list[str]:
    """The folded words of a search query (umlauts written as ae/oe/ue, so "über" and "ueber" agree)."""
    return fold(query).split()


def matches(query_words: list[str], hay: str) -> bool:
    """True when every query word occurs in `hay` (as a word or inside one: "messe" finds "onlinemessen")."""
    return all(word in hay for word in query_words)
