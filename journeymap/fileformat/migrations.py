"""Step-by-step upgrades of older `.journey` files to the current schema.

`MIGRATIONS[n]` turns a schema-`n` document (a plain dict) into a schema-`n+1` one. Each step is a pure
function (its input is left as it was), documented in `docs/file-format.md`, and has a fixture of its version under
`tests/fixtures/`. A step that meets something it cannot convert raises `MigrationError` naming the field; the
reader turns that into its one-line error.

- 1 → 2: schema 2 adds the touchpoints' service blueprint rows and the journey's opportunities, which replace the
  touchpoints' loose ideas (`_ideas_to_opportunities`), and the optional top-level `lineage` (where a journey comes
  from, for merging), which a schema-1 file does not have. An older journeymap refuses a schema-2 file with "please
  update" instead of tripping over unknown fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_SCHEMA = 2

Migration = Callable[[dict[str, Any]], dict[str, Any]]


class MigrationError(ValueError):
    """An older document holds something its migration cannot convert; the message names the field."""


def _ideas_to_opportunities(document: dict[str, Any]) -> dict[str, Any]:
    """1 → 2: a touchpoint's loose `ideas` become opportunities of the journey (status "idea", no owner, not rated,
    belonging to that touchpoint), numbered `op-1`, `op-2`, … in file order; blank ideas are dropped. Touchpoints
    get an empty service blueprint by default, so nothing else changes."""
    if "opportunities" in document:
        raise MigrationError("opportunities: unknown field (a file before schema 2 has no opportunities)")
    result = dict(document)
    touchpoints = document.get("touchpoints")
    if not isinstance(touchpoints, list):
        return result  # absent or malformed: validation names it
    opportunities: list[dict[str, Any]] = []
    migrated: list[Any] = []
    for i, tp in enumerate(touchpoints):
        if not isinstance(tp, dict) or "ideas" not in tp:
            migrated.append(tp)
            continue
        tp = dict(tp)
        ideas = tp.pop("ideas")
        if not isinstance(ideas, list):
            raise MigrationError(f"touchpoints[{i}].ideas: Input should be a valid list")
        owner_ids = [tp["id"]] if isinstance(tp.get("id"), str) else []
        for j, idea in enumerate(ideas):
            if not isinstance(idea, str):
                raise MigrationError(f"touchpoints[{i}].ideas[{j}]: Input should be a valid string")
            if idea.strip():
                opportunities.append({"id": f"op-{len(opportunities) + 1}", "text": idea.strip(),
                                      "touchpoint_ids": list(owner_ids), "status": "idea"})
        migrated.append(tp)
    result["touchpoints"] = migrated
    result["opportunities"] = opportunities
    return result


MIGRATIONS: dict[int, Migration] = {1: _ideas_to_opportunities}


def migrate(document: dict[str, Any], version: int, steps: dict[int, Migration] | None = None) -> dict[str, Any]:
    """Upgrade `document` from `version` to `CURRENT_SCHEMA`, one step at a time."""
    steps = MIGRATIONS if steps is None else steps
    while version < CURRENT_SCHEMA:
        document = steps[version](document)
        version += 1
        document["schema_version"] = version
    return document
