"""The opportunity and blueprint columns of the CSV import (see `csv_import`).

A row may carry one opportunity in the `opportunity…` columns. Rows that name the same `opportunity_id` are one
opportunity, which then belongs to the touchpoint of each such row; they must agree on its text, owner, status,
impact and effort. A row without any touchpoint columns carries an opportunity of the whole journey. The old
`ideas` column (exports of schema 1) still imports: each idea becomes an opportunity with status "idea".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import TypeVar

from journeymap.interchange.errors import InterchangeError
from journeymap.interchange.messages import Term
from journeymap.interchange.source import validated
from journeymap.model import BLUEPRINT_ROWS, Blueprint, BlueprintRow, Opportunity, new_id
from journeymap.model.limits import ID_PATTERN, MAX_OPPORTUNITIES

BLUEPRINT_COLUMNS: tuple[str, ...] = tuple(c for row in BLUEPRINT_ROWS for c in (row, f"{row}_owner"))
OPPORTUNITY_COLUMNS: tuple[str, ...] = ("opportunity_id", "opportunity", "opportunity_owner", "opportunity_status",
                                        "opportunity_impact", "opportunity_effort")
STATUS_WORDS = {"idea": "idea", "planned": "planned", "in_progress": "in_progress", "in progress": "in_progress",
                "done": "done", "idee": "idea", "geplant": "planned", "in arbeit": "in_progress",
                "erledigt": "done"}
T = TypeVar("T")
RATING_WORDS = {"1": 1, "2": 2, "3": 3, "low": 1, "medium": 2, "high": 3, "gering": 1, "niedrig": 1, "mittel": 2,
                "hoch": 3}


def items(text: str) -> tuple[str, ...]:
    """The texts of a list cell ("a | b | c"), trimmed, blank ones dropped."""
    return tuple(item.strip() for item in text.split("|") if item.strip())


def blueprint(values: dict[str, str], line: int, unguard: Callable[[str], str]) -> Blueprint:
    """A touchpoint's blueprint rows from its `evidence`, `evidence_owner`, … columns (`unguard` takes the export's
    formula guard off each text)."""
    rows: dict[str, BlueprintRow] = {}
    for row in BLUEPRINT_ROWS:
        texts = tuple(unguard(t) for t in items(values.get(row, "")))
        rows[row] = validated(BlueprintRow, line, texts=texts, owner=values.get(f"{row}_owner", ""))
    return Blueprint.model_validate(rows)


def has_opportunity(values: dict[str, str]) -> bool:
    return any(values.get(column) for column in OPPORTUNITY_COLUMNS)


class Opportunities:
    """The opportunities met so far, in order of first appearance."""

    def __init__(self) -> None:
        self._found: dict[str, Opportunity] = {}
        self._lines: dict[str, int] = {}

    def add_row(self, values: dict[str, str], touchpoint_id: str | None, line: int) -> None:
        """The opportunity of a row (of `touchpoint_id`, or of the whole journey for None)."""
        if not has_opportunity(values):
            return
        if not values.get("opportunity"):
            given = next(c for c in OPPORTUNITY_COLUMNS if values.get(c))
            raise InterchangeError.coded("opportunity_text_empty", line, column=given)
        oid = values.get("opportunity_id") or new_id("op")
        if not re.fullmatch(ID_PATTERN, oid):
            raise InterchangeError.coded("bad_opportunity_id", line, id=oid[:70])
        made = validated(
            Opportunity, line, id=oid, text=values["opportunity"], owner=values.get("opportunity_owner", ""),
            status=_word(values, "opportunity_status", STATUS_WORDS, line) or "idea",
            impact=_word(values, "opportunity_impact", RATING_WORDS, line),
            effort=_word(values, "opportunity_effort", RATING_WORDS, line))
        known = self._found.get(oid)
        if known is None:
            self._add(made, touchpoint_id, line)
            return
        for field in ("text", "owner", "status", "impact", "effort"):
            if getattr(made, field) != getattr(known, field):
                raise InterchangeError.coded("opportunity_disagrees", line, id=oid, field=Term(field),
                                             first=self._lines[oid])
        if touchpoint_id is not None and touchpoint_id not in known.touchpoint_ids:
            self._found[oid] = known.model_copy(update={"touchpoint_ids": (*known.touchpoint_ids, touchpoint_id)})

    def add_ideas(self, ideas: tuple[str, ...], touchpoint_id: str, line: int) -> None:
        """The old `ideas` column: one opportunity (status "idea") per idea of the touchpoint."""
        for idea in ideas:
            self._add(validated(Opportunity, line, id=new_id("op"), text=idea), touchpoint_id, line)

    def _add(self, opportunity: Opportunity, touchpoint_id: str | None, line: int) -> None:
        if len(self._found) >= MAX_OPPORTUNITIES:
            raise InterchangeError.coded("too_many_opportunities", line, limit=MAX_OPPORTUNITIES)
        if touchpoint_id is not None:
            opportunity = opportunity.model_copy(update={"touchpoint_ids": (touchpoint_id,)})
        self._found[opportunity.id] = opportunity
        self._lines[opportunity.id] = line

    def result(self) -> tuple[Opportunity, ...]:
        return tuple(self._found.values())


def _word(values: dict[str, str], column: str, words: Mapping[str, T], line: int) -> T | None:
    """The value a cell names (an id, a German or English word), None when empty; an error for anything else."""
    text = values.get(column, "")
    if not text:
        return None
    key = " ".join(text.casefold().replace("_", " ").split())
    found = words.get(key, words.get(key.replace(" ", "_")))
    if found is None:
        allowed = ", ".join(str(word) for word in dict.fromkeys(words.values()))
        raise InterchangeError.coded("bad_word", line, column=column, allowed=allowed, text=text[:40])
    return found
