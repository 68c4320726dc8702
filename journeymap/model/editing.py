"""Helpers of the `Project` aggregate: its error, fresh ids, ordered insertion and revalidation of a changed value."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, TypeVar

from pydantic import ValidationError

from journeymap.model.values import Value

V = TypeVar("V")


class ModelError(ValueError):
    """An edit the journey cannot accept; the message is fit to show to the user."""


def new_id(prefix: str) -> str:
    """A fresh, practically unique id such as `tp-3f9a1c2b7d4e`."""
    return f"{prefix}-{uuid.uuid4().hex[:12]}"


def insert(mapping: dict[str, V], key: str, value: V, index: int | None) -> dict[str, V]:
    """`mapping` with `key: value` at position `index` (end when None); keeps order."""
    if index is None or index >= len(mapping):
        mapping[key] = value
        return mapping
    items = list(mapping.items())
    items.insert(max(index, 0), (key, value))
    return dict(items)


def revalidate(old: Value, changes: Mapping[str, Any]) -> Any:
    """A new value of `old`'s type with `changes` applied, validated; a ModelError when invalid."""
    unknown = set(changes) - set(type(old).model_fields)
    if unknown:
        raise ModelError(f"unknown field(s): {', '.join(sorted(unknown))}")
    try:
        return type(old).model_validate({**old.__dict__, **changes})
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise ModelError(f"{where}: {error['msg']}") from None
