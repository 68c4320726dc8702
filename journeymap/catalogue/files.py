"""Reading `needs.json` and `touchpoints.json`, with one clear line for anything wrong in them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from journeymap.catalogue.schema import CatalogueFile, Entry, NeedCategory, NeedsFile

MAX_CATALOGUE_BYTES = 5 * 1024 * 1024
M = TypeVar("M", bound=BaseModel)


class CatalogueError(ValueError):
    """A catalogue that cannot be used. `str(error)` is one line naming the file, the entry and the field.

    `detail` is the same line without the file name (for `CliError(error.path, error.detail)`); `entry` is the id
    (or `#n` position) of the entry or category at fault and `field` the path inside it, when known.
    """

    def __init__(
        self, path: Path | str, reason: str, *, owner: str | None = None, entry: str | None = None,
        field: str | None = None,
    ) -> None:
        self.path = Path(path)
        self.entry = entry
        self.field = field
        parts = [p for p in (owner, field) if p] + [reason]
        self.detail = " ".join(": ".join(parts).split())
        super().__init__(f"{self.path.name}: {self.detail}")


def read_needs(path: Path) -> tuple[NeedCategory, ...]:
    """The validated need categories of a `needs.json`, checked one by one, then as a whole."""
    document = _read_json(path, "category")
    if isinstance(document, dict) and isinstance(document.get("categories"), list):
        for index, raw in enumerate(document["categories"]):
            _validate(NeedCategory, raw, path, "category", index, "categories")
    return _validate(NeedsFile, document, path).categories


def read_entries(path: Path) -> tuple[Entry, ...]:
    """The validated entries of a `touchpoints.json`; ids must be unique."""
    document = _validate(CatalogueFile, _read_json(path, "entry"), path)
    entries: list[Entry] = []
    seen: set[str] = set()
    for index, raw in enumerate(document.entries):
        entry = _validate(Entry, raw, path, "entry", index, "entries")
        if entry.id in seen:
            raise CatalogueError(path, "is used by an earlier entry too", owner=f"entry {entry.id!r}",
                                 entry=entry.id, field="id")
        seen.add(entry.id)
        entries.append(entry)
    return tuple(entries)


def _validate(model: type[M], raw: Any, path: Path, what: str | None = None, index: int = 0, where: str = "") -> M:
    """`model.model_validate(raw)`, turning the first problem into a `CatalogueError`."""
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        error = exc.errors(include_url=False)[0]
        reason = {"missing": "is missing", "extra_forbidden": "is not a known field"}.get(
            error["type"], str(error["msg"]).removeprefix("Value error, ")
        )
        field = _field(error["loc"])
        if what is None:  # the file's envelope
            raise CatalogueError(path, reason, field=field or None) from None
        if not isinstance(raw, dict):
            raise CatalogueError(path, reason, field=f"{where}[{index}]") from None
        rid = raw.get("id")
        entry = rid if isinstance(rid, str) and rid else f"#{index + 1}"
        owner = f"{what} {entry!r}" if entry == rid else f"{what} {entry}"
        raise CatalogueError(path, reason, owner=owner, entry=entry, field=field or None) from None


def _field(loc: tuple[int | str, ...]) -> str:
    """`("ratings", 1, "reason")` -> `ratings[1].reason`."""
    text = ""
    for part in loc:
        if part == "[key]":
            continue
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _read_json(path: Path, what: str) -> Any:
    """Parse strict JSON: UTF-8, no NaN/Infinity, no repeated keys (named with the entry holding them)."""
    try:
        size = path.stat().st_size
        if size > MAX_CATALOGUE_BYTES:
            raise CatalogueError(path, f"is larger than {MAX_CATALOGUE_BYTES // (1024 * 1024)} MB")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CatalogueError(path, "no such file") from None
    except OSError as exc:
        raise CatalogueError(path, f"cannot be read ({exc.strerror or exc})") from None
    reader = _StrictObjects()
    try:
        document = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=reader.hook, parse_constant=_no_constant)
    except UnicodeDecodeError:
        raise CatalogueError(path, "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise CatalogueError(path, f"is not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})") from None
    except ValueError as exc:
        raise CatalogueError(path, str(exc)) from None
    reader.finish()
    if reader.duplicate is not None:
        owner, key = reader.duplicate
        label = f"{what} {owner!r}" if owner else None
        raise CatalogueError(path, f"the key {key!r} appears twice", owner=label, entry=owner)
    return document


def _no_constant(name: str) -> Any:
    raise ValueError(f"holds {name}, which is not valid JSON")


class _StrictObjects:
    """A `json` object hook that notices repeated keys and the nearest enclosing object with an `id`."""

    def __init__(self) -> None:
        self.pending: str | None = None
        self.duplicate: tuple[str | None, str] | None = None

    def hook(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj: dict[str, Any] = {}
        for key, value in pairs:
            if key in obj and self.pending is None and self.duplicate is None:
                self.pending = key
            obj[key] = value
        if self.pending is not None and self.duplicate is None:
            rid = obj.get("id")
            if isinstance(rid, str) or "entries" in obj or "categories" in obj:
                self.duplicate = (rid if isinstance(rid, str) else None, self.pending)
        return obj

    def finish(self) -> None:
        """Report a repeated key that no enclosing object claimed."""
        if self.pending is not None and self.duplicate is None:
            self.duplicate = (None, self.pending)
