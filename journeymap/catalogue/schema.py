"""pydantic models of the bundled catalogue files `needs.json` and `touchpoints.json` (see docs/catalogue-format.md).

All models are frozen and refuse unknown fields. Reading a file and turning a validation problem into one
clear line (`touchpoints.json: entry 'blog': phases[0]: 'interst' is not a phase`) is `files.py`'s job.
"""

from __future__ import annotations

import itertools
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictInt, StrictStr, ValidationInfo, field_validator

from journeymap.model.phases import AIDALA_IDS
from journeymap.model.values import LocalText

PHASE_IDS: tuple[str, ...] = AIDALA_IDS
CATEGORY_IDS: tuple[str, ...] = (
    "synchronous_communication",
    "availability_24_7",
    "visibility_reach",
    "cost_time_savings",
    "visualisation",
    "customer_relationship",
    "customer_insights",
    "sales_channels",
    "credibility",
    "service_automation",
    "targeted_acquisition",
    "sales_automation",
    "low_entry_cost",
    "low_running_cost",
)
SNAKE_CASE = r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$"
MAX_TEXT = 2_000


def _stripped(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    if value != value.strip():
        raise ValueError("has leading or trailing spaces")
    return value


def _phase(value: str) -> str:
    if value not in PHASE_IDS:
        raise ValueError(f"{value!r} is not a phase (use one of {', '.join(PHASE_IDS)})")
    return value


def _category(value: str) -> str:
    if value not in CATEGORY_IDS:
        raise ValueError(f"{value!r} is not a need category")
    return value


Text = Annotated[StrictStr, Field(max_length=MAX_TEXT), AfterValidator(_stripped)]
CatalogueId = Annotated[StrictStr, Field(pattern=SNAKE_CASE, max_length=64)]
PhaseId = Annotated[StrictStr, AfterValidator(_phase)]
CategoryId = Annotated[StrictStr, AfterValidator(_category)]
Level = Annotated[StrictInt, Field(ge=0, le=3)]
Source = Literal["guide", "own"]
Amount = Literal["low", "medium", "high"]


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Localised(_Frozen):
    """A user-visible text in German and English, both present, non-empty and without outer spaces."""

    de: Text
    en: Text

    def get(self, lang: str) -> str:
        """The text in `lang` (`de` or `en`; anything else gives English)."""
        return self.de if lang == "de" else self.en

    def to_local_text(self) -> LocalText:
        """The same text as the journey model's `LocalText` (e.g. for a new touchpoint's label)."""
        return LocalText(de=self.de, en=self.en)


class NeedCategory(_Frozen):
    """One need category the recommender asks about (13 from the guide plus our `low_running_cost`)."""

    id: CategoryId
    source: Source
    name: Localised
    explanation: Localised
    question: Localised


class NeedsFile(_Frozen):
    """`needs.json`: the 14 contract categories, each once, in contract order."""

    format: Literal["journeymap-needs"]
    version: Literal[1]
    categories: tuple[NeedCategory, ...]

    @field_validator("categories")
    @classmethod
    def _all_in_order(cls, value: tuple[NeedCategory, ...]) -> tuple[NeedCategory, ...]:
        ids = tuple(c.id for c in value)
        if ids != CATEGORY_IDS:
            missing = [c for c in CATEGORY_IDS if c not in ids]
            twice = sorted({c for c in ids if ids.count(c) > 1})
            problem = (
                f"{twice[0]!r} appears twice" if twice
                else f"{missing[0]!r} is missing" if missing
                else "not in the contract order " + ", ".join(CATEGORY_IDS)
            )
            raise ValueError(problem)
        return value


class RatingBlock(_Frozen):
    """Need ratings 0..3 from one source; an `own` block explains itself in `reason`."""

    source: Source
    reason: Localised | None = Field(default=None, validate_default=True)
    values: Annotated[dict[CategoryId, Level], Field(min_length=1)]

    @field_validator("reason")
    @classmethod
    def _own_needs_reason(cls, value: Localised | None, info: ValidationInfo) -> Localised | None:
        if value is None and info.data.get("source") == "own":
            raise ValueError("an 'own' rating block needs a reason")
        return value


class CatalogueKpi(_Frozen):
    """A KPI typically measured at a touchpoint: name, short unit, and which direction is better."""

    name: Localised
    unit: Annotated[StrictStr, Field(min_length=1, max_length=12), AfterValidator(_stripped)]
    better: Literal["higher", "lower"]

    def to_json(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class Entry(_Frozen):
    """One catalogue touchpoint: what it is, which phases it suits, how it serves each need."""

    id: CatalogueId
    kind: Literal["digital", "analogue"]
    contact: Literal["direct", "indirect"]
    source: Source
    name: Localised
    description: Localised
    phases: Annotated[tuple[PhaseId, ...], Field(min_length=1)]
    phases_source: Source
    ratings: Annotated[tuple[RatingBlock, ...], Field(min_length=1)]
    pros: Annotated[tuple[Localised, ...], Field(min_length=2, max_length=5)]
    cons: Annotated[tuple[Localised, ...], Field(min_length=2, max_length=5)]
    entry_cost: Amount
    effort: Amount
    kpis: Annotated[tuple[CatalogueKpi, ...], Field(min_length=1, max_length=4)]
    icon: Annotated[StrictStr, Field(pattern=r"^[a-z0-9][a-z0-9_-]*\.svg$", max_length=80)]

    @field_validator("phases")
    @classmethod
    def _journey_order(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for earlier, later in itertools.pairwise(value):
            if earlier == later:
                raise ValueError(f"{later!r} appears twice")
            if PHASE_IDS.index(earlier) > PHASE_IDS.index(later):
                raise ValueError(f"not in journey order ({later!r} comes before {earlier!r})")
        return value

    @field_validator("ratings")
    @classmethod
    def _each_category_once(cls, value: tuple[RatingBlock, ...]) -> tuple[RatingBlock, ...]:
        seen: set[str] = set()
        for block in value:
            for category in block.values:
                if category in seen:
                    raise ValueError(f"{category!r} is rated in more than one block")
                seen.add(category)
        missing = [c for c in CATEGORY_IDS if c not in seen]
        if missing:
            more = f" (nor {len(missing) - 1} more)" if len(missing) > 1 else ""
            raise ValueError(f"{missing[0]!r} is not rated{more}")
        return value

    @property
    def needs(self) -> dict[str, int]:
        """Every category's rating 0..3, flattened over the rating blocks, in contract order."""
        flat = {c: v for block in self.ratings for c, v in block.values.items()}
        return {c: flat[c] for c in CATEGORY_IDS}

    @property
    def needs_source(self) -> dict[str, str]:
        """For every category, whether its rating is the guide's (`guide`) or our judgement (`own`)."""
        flat = {c: block.source for block in self.ratings for c in block.values}
        return {c: flat[c] for c in CATEGORY_IDS}

    def suits(self, phase_id: str) -> bool:
        """True when the entry's phases (the guide's, or ours) include `phase_id`."""
        return phase_id in self.phases

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: every stored field plus the flattened `needs` and `needs_source`."""
        data = self.model_dump(mode="json", exclude_none=True)
        data["needs"] = self.needs
        data["needs_source"] = self.needs_source
        return data


class CatalogueFile(_Frozen):
    """`touchpoints.json`: the list of entries (checked one by one, so errors can name the entry)."""

    format: Literal["journeymap-catalogue"]
    version: Literal[1]
    entries: tuple[dict[str, Any], ...]
