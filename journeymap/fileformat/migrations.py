"""Step-by-step upgrades of older `.journey` files to the current schema.

`MIGRATIONS[n]` turns a schema-`n` document (a plain dict) into a schema-`n+1` one. Each step is a pure
function, documented in `docs/file-format.md`, and has a fixture of its version under `tests/fixtures/`.
Schema 1 is the first version, so the chain is still empty.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

CURRENT_SCHEMA = 1

Migration = Callable[[dict[str, Any]], dict[str, Any]]
MIGRATIONS: dict[int, Migration] = {}


def migrate(document: dict[str, Any], version: int, steps: dict[int, Migration] | None = None) -> dict[str, Any]:
    """Upgrade `document` from `version` to `CURRENT_SCHEMA`, one step at a time."""
    steps = MIGRATIONS if steps is None else steps
    while version < CURRENT_SCHEMA:
        document = steps[version](document)
        version += 1
        document["schema_version"] = version
    return document
