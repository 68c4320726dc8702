"""The catalogue registry: the validated entries and need categories, with lookup, filters, search and phase fit.

`catalogue()` gives the bundled catalogue, loaded and checked once per process; `load_catalogue(folder)` loads
any other (tests, a user's own catalogue).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from journeymap.catalogue import text
from journeymap.catalogue.files import CatalogueError, read_entries, read_needs
from journeymap.catalogue.schema import CATEGORY_IDS, PHASE_IDS, Entry, NeedCategory
from journeymap.locate import resource_path
from journeymap.model.phases import aidala
from journeymap.model.values import LocalText

KINDS = ("digital", "analogue")


@dataclass(frozen=True)
class PhaseFit:
    """Whether a catalogue entry suits a phase, with a short explanation in German and English.

    `suggested` lists the phases the guide (`source == "guide"`) or we (`"own"`) suggest for the entry; entries
    or phases the catalogue does not know fit everywhere (`source is None`, empty explanation).
    """

    entry_id: str
    phase_id: str
    fits: bool
    suggested: tuple[str, ...] = ()
    source: str | None = None
    explanation: LocalText = field(default_factory=LocalText)

    def message(self, lang: str) -> str:
        """The explanation in `lang`."""
        return self.explanation.get(lang)


class Catalogue:
    """Touchpoint entries and need categories, both validated, in file order."""

    def __init__(
        self, categories: Sequence[NeedCategory], entries: Sequence[Entry], folder: Path | None = None
    ) -> None:
        ids = tuple(c.id for c in categories)
        if ids != CATEGORY_IDS:
            raise ValueError("a catalogue needs exactly the 14 contract need categories, in contract order")
        self.folder = folder
        self._categories = tuple(categories)
        self._entries = tuple(entries)
        self._by_id = {e.id: e for e in self._entries}
        if len(self._by_id) != len(self._entries):
            raise ValueError("catalogue entry ids must be unique")
        self._category_by_id = {c.id: c for c in self._categories}
        self._fits: dict[tuple[str | None, str], PhaseFit] = {}  # (entry id, phase id) → its phase fit
        self._hay: dict[str | None, dict[str, tuple[str, str]]] = {}  # lang → the search texts, on first search

    @property
    def entries(self) -> tuple[Entry, ...]:
        """All entries: the guide's digital touchpoints first, then the rest, as the file lists them."""
        return self._entries

    @property
    def categories(self) -> tuple[NeedCategory, ...]:
        """The 14 need categories in contract order."""
        return self._categories

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._entries)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id

    def get(self, entry_id: str) -> Entry:
        """The entry with this id; `KeyError` naming the id when there is none."""
        try:
            return self._by_id[entry_id]
        except KeyError:
            raise KeyError(f"no catalogue entry {entry_id!r}") from None

    def find(self, entry_id: str | None) -> Entry | None:
        """The entry with this id, or None (for touchpoints of one's own, without a catalogue id)."""
        return self._by_id.get(entry_id) if entry_id else None

    def category(self, category_id: str) -> NeedCategory:
        """The need category with this id; `KeyError` when unknown."""
        try:
            return self._category_by_id[category_id]
        except KeyError:
            raise KeyError(f"no need category {category_id!r}") from None

    def index(self, entry_id: str) -> int:
        """Position of an entry in catalogue order (used as the stable tie-break)."""
        return self._entries.index(self.get(entry_id))

    def filter(self, phase: str | None = None, kind: str | None = None) -> list[Entry]:
        """Entries that suit `phase` (a phase id) and are of `kind` (`digital`/`analogue`); None means any."""
        if phase is not None and phase not in PHASE_IDS:
            raise ValueError(f"unknown phase {phase!r} (use one of {', '.join(PHASE_IDS)})")
        if kind is not None and kind not in KINDS:
            raise ValueError(f"unknown kind {kind!r} (use digital or analogue)")
        return [e for e in self._entries if (phase is None or phase in e.phases) and (kind is None or e.kind == kind)]

    def search(self, query: str, lang: str | None = None) -> list[Entry]:
        """Entries whose name or description holds every word of `query`, ignoring case, umlauts and accents.

        `lang` (`de`/`en`) limits the search to that language; None searches both. Entries whose *name* matches
        come first, then those matching in the description only, each in catalogue order. An empty query gives all.
        """
        if lang not in (None, "de", "en"):
            raise ValueError(f"unknown language {lang!r} (use de or en)")
        wanted = text.words(query)
        if not wanted:
            return list(self._entries)
        hay = self._hay.get(lang)
        if hay is None:
            langs = ("de", "en") if lang is None else (lang,)
            hay = self._hay[lang] = {e.id: _haystacks(e, langs) for e in self._entries}
        by_name, by_text = [], []
        for entry in self._entries:
            names, everything = hay[entry.id]
            if text.matches(wanted, names):
                by_name.append(entry)
            elif text.matches(wanted, everything):
                by_text.append(entry)
        return by_name + by_text

    def fits_phase(self, entry_id: str | None, phase_id: str) -> PhaseFit:
        """Does the entry suit the phase? Unknown entries and phases (custom ones) fit everywhere. Worked out once
        per (entry, phase): the canvas asks for every card it places."""
        fit = self._fits.get((entry_id, phase_id))
        if fit is None:
            fit = self._fits[entry_id, phase_id] = self._fits_phase(entry_id, phase_id)
        return fit

    def _fits_phase(self, entry_id: str | None, phase_id: str) -> PhaseFit:
        entry = self.find(entry_id)
        if entry is None or phase_id not in PHASE_IDS:
            return PhaseFit(entry_id or "", phase_id, True)
        fits = phase_id in entry.phases
        return PhaseFit(entry.id, phase_id, fits, entry.phases, entry.phases_source, _fit_text(entry, phase_id, fits))


def _haystacks(entry: Entry, langs: tuple[str, ...]) -> tuple[str, str]:
    names = [entry.id.replace("_", " "), *(entry.name.get(lang) for lang in langs)]
    return text.haystack(*names), text.haystack(*names, *(entry.description.get(lang) for lang in langs))


_PHASE_NAMES = {p.id: p.name for p in aidala().phases}


def _fit_text(entry: Entry, phase_id: str, fits: bool) -> LocalText:
    suggested = {lang: ", ".join(_PHASE_NAMES[p].get(lang) for p in entry.phases) for lang in ("de", "en")}
    phase = {lang: _PHASE_NAMES[phase_id].get(lang) for lang in ("de", "en")}
    name = {lang: entry.name.get(lang) for lang in ("de", "en")}
    who_de, who_en = ("Der Leitfaden empfiehlt", "The guide suggests") if entry.phases_source == "guide" else (
        "Wir empfehlen", "We suggest")
    if fits:
        return LocalText(de=f"{who_de} {name['de']} für: {suggested['de']}.",
                         en=f"{who_en} {name['en']} for: {suggested['en']}.")
    return LocalText(
        de=f"{who_de} {name['de']} für {suggested['de']}, nicht für {phase['de']}.",
        en=f"{who_en} {name['en']} for {suggested['en']}, not for {phase['en']}.",
    )


def load_catalogue(folder: Path | str | None = None, icons: Path | str | None = None) -> Catalogue:
    """Load and check `needs.json` and `touchpoints.json` from `folder` (default: the bundled catalogue).

    Every entry's icon must exist in `icons` (default: the `icons` folder beside `folder`). Raises
    `CatalogueError` with one line naming the file, entry and field of the first problem.
    """
    folder = Path(folder) if folder is not None else resource_path("catalogue")
    icons = Path(icons) if icons is not None else folder.parent / "icons"
    categories = read_needs(folder / "needs.json")
    entries = read_entries(folder / "touchpoints.json")
    for entry in entries:
        if not (icons / entry.icon).is_file():
            raise CatalogueError(folder / "touchpoints.json", f"{entry.icon!r} is not in {icons}",
                                 owner=f"entry {entry.id!r}", entry=entry.id, field="icon")
    return Catalogue(categories, entries, folder)


@cache
def catalogue() -> Catalogue:
    """The bundled catalogue, loaded and checked on first use, then shared for the rest of the process."""
    return load_catalogue()
