"""What each printed card says, taken from the catalogue or from a journey (no drawing here).

A catalogue card shows an entry's icon, name, the first sentence of its description, the phases it suits, whether
it is digital or analogue and direct or indirect, and the needs it serves best (its highest ratings). A journey
card shows a touchpoint's label, phase, emotion, pain points and the opportunities that belong to it, numbered in
journey order like the report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from journeymap.catalogue import Catalogue, Entry
from journeymap.export.icons import FALLBACK_ICON
from journeymap.export.print_layout import journey_order
from journeymap.layout import theme as t
from journeymap.model.data import ProjectData

MIN_NEED = 2  # a rating below this is never called a strength
# abbreviations after which a full stop does not end a sentence
_ABBREVIATIONS = ("z. B.", "z.B.", "u. a.", "d. h.", "bzw.", "ca.", "etc.", "e.g.", "i.e.", "Nr.", "vgl.", "inkl.")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9„\"(])")


@dataclass(frozen=True)
class PhaseMark:
    """One of a card's six phase marks: number 1.., lane colour, and whether the entry suits the phase."""

    number: int
    name: str
    colour: str
    suits: bool


@dataclass(frozen=True)
class CatalogueCard:
    entry_id: str
    icon: str
    name: str
    summary: str
    kind: str  # digital | analogue
    contact: str  # direct | indirect
    phases: tuple[PhaseMark, ...]
    needs: tuple[str, ...]  # names of the needs it serves best, best first


@dataclass(frozen=True)
class JourneyCard:
    touchpoint_id: str
    number: int  # 1, 2, … in journey order, as in the PDF report
    icon: str
    label: str
    phase_number: int
    phase_name: str
    phase_colour: str
    kind: str
    contact: str
    emotion: int | None
    pain_points: tuple[str, ...]
    opportunities: tuple[str, ...]  # the texts of the journey's opportunities at this touchpoint
    text_lang: str  # the journey's language: label and notes are hyphenated in it

    @property
    def strip(self) -> str:
        """The strip at the card's left: the phase colour for digital touchpoints, grey for analogue ones."""
        return self.phase_colour if self.kind == "digital" else t.ANALOGUE_STRIP


def first_sentence(text: str) -> str:
    """The first sentence of `text` (a full stop after a common abbreviation does not end it)."""
    text = " ".join(text.split())
    guarded = text
    for i, abbreviation in enumerate(_ABBREVIATIONS):
        guarded = guarded.replace(abbreviation, f"\x00{i}\x00")
    head = _SENTENCE_END.split(guarded, maxsplit=1)[0]
    for i, abbreviation in enumerate(_ABBREVIATIONS):
        head = head.replace(f"\x00{i}\x00", abbreviation)
    return head


def best_needs(entry: Entry, names: dict[str, str]) -> tuple[str, ...]:
    """The names of the needs with the entry's highest rating (at least `MIN_NEED`), in contract order."""
    ratings = entry.needs
    top = max(ratings.values(), default=0)
    if top < MIN_NEED:
        return ()
    return tuple(names[c] for c, level in ratings.items() if level == top)


def aidala_marks(lang: str, suits: tuple[str, ...] = ()) -> tuple[PhaseMark, ...]:
    """The six AIDA(LA) phase marks, those in `suits` filled."""
    from journeymap.model.phases import aidala

    return tuple(PhaseMark(i + 1, phase.name.get(lang), t.phase_colour(phase.id, i), phase.id in suits)
                 for i, phase in enumerate(aidala().phases))


def catalogue_cards(catalogue: Catalogue, lang: str) -> list[CatalogueCard]:
    """One card per catalogue entry, in catalogue order."""
    names = {c.id: c.name.get(lang) for c in catalogue.categories}
    return [CatalogueCard(entry.id, entry.icon, entry.name.get(lang), first_sentence(entry.description.get(lang)),
                          entry.kind, entry.contact, aidala_marks(lang, entry.phases), best_needs(entry, names))
            for entry in catalogue]


def journey_cards(data: ProjectData, lang: str, catalogue: Catalogue | None) -> list[JourneyCard]:
    """One card per touchpoint of the journey, in journey order (phase, then position in the lane)."""
    phases = {phase.id: (i, phase) for i, phase in enumerate(data.phase_model.phases)}
    cards = []
    covered = data.opportunities_by_touchpoint()
    for number, tp in enumerate(journey_order(data), start=1):
        index, phase = phases[tp.phase]
        entry = catalogue.find(tp.catalogue_id) if catalogue is not None else None
        cards.append(JourneyCard(tp.id, number, entry.icon if entry is not None else FALLBACK_ICON, tp.label,
                                 index + 1, phase.name.get(lang) or phase.id, t.phase_colour(phase.id, index),
                                 tp.kind, tp.contact, tp.emotion, tp.pain_points,
                                 tuple(o.text for o in covered.get(tp.id, [])), data.meta.language))
    return cards

