"""Step-by-step upgrades of older `.journey` files to the current schema.

`MIGRATIONS[n]` turns a schema-`n` document (a plain dict) into a schema-`n+1` one. Each step is a pure
function, documented in `docs/file-format.md`, and has a fixture of its version under `tests/fixtures/`.

- 1 → 2: schema 2 adds the optional top-level `lineage` (where a journey comes from, for merging). A schema-1 file
  has none, so the step changes nothing but the version; an older journeymap then refuses a schema-2 file with
  "please update" instead of tripping over an unknown field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_SCHEMA = 2

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _add_lineage(document: dict[str, Any]) -> dict[str, Any]:
    """1 → 2: nothing to convert (a file without `lineage` has no recorded ancestry)."""
    return document


MIGRATIONS: dict[int, Migration] = {1: _add_lineage}


def migrate(document: dict[str, Any], version: int, steps: dict[int, Migration] | None = None) -> dict[str, Any]:
    """Upgrade `document` from `version` to `CURRENT_SCHEMA`, one step at a time."""
    steps = MIGRATIONS if steps is None else steps
    while version < CURRENT_SCHEMA:
        document = steps[version](document)
        version += 1
        document["schema_version"] = version
    return document
