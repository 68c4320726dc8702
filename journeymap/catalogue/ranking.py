"""The values of a recommendation ranking: answer levels, score bands, reasons and ranked entries.

Shared by the recommender (which computes them) and its notes (which explain ties among them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeymap.catalogue.schema import Entry, Localised
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
