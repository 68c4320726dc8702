"""The needs-based recommender: weigh each catalogue entry's need ratings by the facilitator's answers.

Answers map a need category to a level 0..3 (unimportant, less important, important, very important);
categories left out count as 0. An entry's score is Σ(answer·rating) / (3·Σanswer) as 0–100 %: its ratings
weighted by the answers, relative to the best any entry could reach. Bands follow from the score.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from journeymap.catalogue.notes import Note, answer_notes, tie_note
from journeymap.catalogue.registry import Catalogue
from journeymap.catalogue.registry import catalogue as bundled_catalogue
from journeymap.catalogue.schema import CATEGORY_IDS, PHASE_IDS, Entry, Localised
from journeymap.model import Project, ProjectData
from journeymap.model.values import LocalText

MAX_LEVEL = 3
LEVEL_LABELS: dict[int, LocalText] = {
    0: LocalText(de="unwichtig", en="unimportant"),
    1: LocalText(de="weniger wichtig", en="less important"),
    2: LocalText(de="wichtig", en="important"),
    3: LocalText(de="sehr wichtig", en="very important"),
}


@dataclass(frozen=True)
class Band:
    """A score band: `id`, the lowest score (in %) that reaches it, and its label."""

    id: str
    threshold: int
    label: LocalText


BANDS: tuple[Band, ...] = (
    Band("highly_recommended", 80, LocalText(de="sehr empfehlenswert", en="highly recommended")),
    Band("recommended", 65, LocalText(de="empfehlenswert", en="recommended")),
    Band("conditionally_recommended", 50, LocalText(de="bedingt empfehlenswert", en="conditionally recommended")),
    Band("less_relevant", 0, LocalText(de="weniger relevant", en="less relevant")),
)


class AnswerError(ValueError):
    """Answers the recommender cannot use (unknown category, level outside 0..3); the message says which."""


def check_answers(answers: Mapping[str, int]) -> dict[str, int]:
    """All 14 categories with their level (0 where unanswered), in contract order; `AnswerError` if invalid."""
    for category, level in answers.items():
        if category not in CATEGORY_IDS:
            raise AnswerError(f"unknown need category {category!r} (use one of {', '.join(CATEGORY_IDS)})")
        if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= MAX_LEVEL:
            raise AnswerError(f"the level of {category!r} must be 0, 1, 2 or 3, not {level!r}")
    return {c: answers.get(c, 0) for c in CATEGORY_IDS}


def band_of(earned: int, possible: int) -> Band:
    """The band of a score `earned / possible` (compared exactly, so 80 % is highly recommended)."""
    for band in BANDS:
        if possible > 0 and earned * 100 >= band.threshold * possible:
            return band
    return BANDS[-1]


@dataclass(frozen=True)
class Reason:
    """How much one need category added to an entry's score."""

    category: str
    name: Localised  # the category's name
    answer: int  # the facilitator's level 0..3
    rating: int  # the entry's rating 0..3
    source: str  # `guide` or `own`: whose rating it is
    points: int  # answer · rating
    share: float  # percentage points of the score this category contributes

    def describe(self, lang: str) -> str:
        """E.g. `Visualisation (very important × 3/3): +75 %`."""
        return (f"{self.name.get(lang)} ({LEVEL_LABELS[self.answer].get(lang)} × {self.rating}/{MAX_LEVEL}): "
                f"+{self.share:.0f} %")

    def to_json(self) -> dict[str, Any]:
        return {"category": self.category, "answer": self.answer, "rating": self.rating, "source": self.source,
                "points": self.points, "share": round(self.share, 1)}


@dataclass(frozen=True)
class Recommendation:
    """One ranked entry: score in %, band, rank (shared when tied), reasons and the journey gaps it fills."""

    entry: Entry
    score: float
    earned: int
    band: Band
    rank: int
    reasons: tuple[Reason, ...]
    fills_phases: tuple[str, ...] = ()

    @property
    def entry_id(self) -> str:
        return self.entry.id

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "rank": self.rank, "id": self.entry.id, "name": self.entry.name.model_dump(), "kind": self.entry.kind,
            "score": round(self.score, 1), "band": self.band.id, "band_label": self.band.label.get(lang),
            "phases": list(self.entry.phases), "reasons": [r.to_json() for r in self.reasons],
            "fills_phases": list(self.fills_phases),
        }


@dataclass(frozen=True)
class RecommendationResult:
    """The ranked recommendations (score descending, ties in catalogue order) with notes on how to read them."""

    answers: dict[str, int]
    recommendations: tuple[Recommendation, ...]
    empty_phases: tuple[str, ...] | None  # None: no journey was given
    notes: tuple[Note, ...]
    phase: str | None = None

    def get(self, entry_id: str) -> Recommendation:
        """The recommendation for one entry; `KeyError` if it is not in the result (e.g. phase filter)."""
        for rec in self.recommendations:
            if rec.entry.id == entry_id:
                return rec
        raise KeyError(f"no recommendation for {entry_id!r}")

    def to_json(self, lang: str) -> dict[str, Any]:
        """A JSON-ready dict; labels and note messages in `lang`."""
        return {
            "answers": self.answers, "phase": self.phase,
            "empty_phases": None if self.empty_phases is None else list(self.empty_phases),
            "notes": [n.to_json(lang) for n in self.notes],
            "recommendations": [r.to_json(lang) for r in self.recommendations],
        }


def recommend(
    answers: Mapping[str, int],
    catalogue: Catalogue | None = None,
    project: Project | ProjectData | None = None,
    phase: str | None = None,
    max_reasons: int = 3,
) -> RecommendationResult:
    """Score and rank the catalogue's entries (optionally only those suiting `phase`) against `answers`.

    With a `project`, each recommendation also names the journey's empty phases the entry would fill.
    """
    levels = check_answers(answers)
    if phase is not None and phase not in PHASE_IDS:
        raise AnswerError(f"unknown phase {phase!r} (use one of {', '.join(PHASE_IDS)})")
    cat = catalogue if catalogue is not None else bundled_catalogue()
    empty = None if project is None else _empty_phases(project)
    possible = MAX_LEVEL * sum(levels.values())
    scored = []
    for index, entry in enumerate(cat.filter(phase=phase)):
        needs, sources = entry.needs, entry.needs_source
        earned = sum(levels[c] * needs[c] for c in CATEGORY_IDS)
        reasons = sorted(
            (Reason(c, cat.category(c).name, levels[c], needs[c], sources[c], levels[c] * needs[c],
                    100 * levels[c] * needs[c] / possible)
             for c in CATEGORY_IDS if levels[c] * needs[c] > 0),
            key=lambda r: (-r.points, CATEGORY_IDS.index(r.category)),
        )[:max_reasons]
        fills = () if empty is None else tuple(p for p in empty if p in entry.phases)
        scored.append((-earned, index, entry, earned, tuple(reasons), fills))
    scored.sort(key=lambda item: item[:2])
    ranked: list[Recommendation] = []
    for position, (_, _, entry, earned, top_reasons, fills) in enumerate(scored):
        tied = ranked and ranked[-1].earned == earned
        rank = ranked[-1].rank if tied else position + 1
        score = 100 * earned / possible if possible else 0.0
        ranked.append(Recommendation(entry, score, earned, band_of(earned, possible), rank, top_reasons, fills))
    notes = answer_notes(levels, LEVEL_LABELS)
    if possible and (ties := tie_note(ranked)):
        notes.append(ties)
    return RecommendationResult(levels, tuple(ranked), empty, tuple(notes), phase)


def _empty_phases(project: Project | ProjectData) -> tuple[str, ...]:
    used = {tp.phase for tp in project.touchpoints}
    return tuple(p for p in project.phase_model.ids() if p not in used)
