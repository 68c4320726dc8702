"""Helpers of the `Project` aggregate: its error, fresh ids, ordered insertion and revalidation of a changed value."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
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


def insert_all(mapping: dict[str, V], entries: Sequence[tuple[int, str, V]]) -> dict[str, V]:
    """`mapping` with every (index, key, value) of `entries` (ascending indexes) where `insert`, called for each in
    turn, would put it — in one pass instead of one copy of the mapping per entry."""
    if not entries or entries[0][0] >= len(mapping):
        for _, key, value in entries:
            mapping[key] = value
        return mapping
    result: dict[str, V] = {}
    rest = iter(mapping.items())
    for index, key, value in entries:
        while len(result) < index:
            item = next(rest, None)
            if item is None:
                break
            result[item[0]] = item[1]
        result[key] = value
    result.update(rest)
    return result


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
