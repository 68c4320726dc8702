"""Three-way merge of one value field by field, and of items by id (the middle layer of `model.merge`).

A field only one side changed takes that side; a field both changed alike takes that. Lists inside a value (pain
points, goals, a persona's path, an opportunity's touchpoints, a blueprint row's texts), mappings (a persona's
emotions) and KPIs (by name) merge element by element (`model.merge_lists`). Anything else both sides changed
differently is a `Conflict`, and ours is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar

from journeymap.model.merge_lists import merge_ids, merge_mapping, merge_order, merge_sequence
from journeymap.model.values import Blueprint, BlueprintRow, Kpi, LocalText, Value

V = TypeVar("V", bound=Value)
ConflictKind = Literal["both_changed", "changed_removed", "removed_changed", "both_added"]
ID_LISTS = frozenset({"channels", "touchpoint_ids", "link_ids", "ancestors"})
TEXT_LISTS = frozenset({"pain_points", "goals", "pains", "texts"})  # texts: of a blueprint row
MAPPINGS = frozenset({"emotions"})
NESTED = (LocalText, Blueprint, BlueprintRow)  # merged field by field inside a field; others (a logo) are one whole


@dataclass(frozen=True, order=True)
class Conflict:
    """Something both sides changed in ways that do not fit together; the merge kept ours.

    `kind`: `both_changed` (two different edits), `changed_removed` (ours edited, theirs removed: kept),
    `removed_changed` (ours removed, theirs edited: stays removed), `both_added` (the same id added twice,
    differently). `entity`: `touchpoint`, `link`, `persona`, `opportunity`, `phase`, `phase_model`, `meta` or
    `answers`; `id` the
    item (empty for meta, answers and the phase model); `field` the field (`kpis.target`: a field of a KPI;
    `links`, `personas`: the item is newly used there); `item` an element inside it (a KPI's name, a key)."""

    entity: str
    id: str
    field: str
    kind: ConflictKind
    item: str = ""

    def to_json(self) -> dict[str, str]:
        result = {"entity": self.entity, "id": self.id, "field": self.field, "kind": self.kind}
        if self.item:
            result["item"] = self.item
        return result


@dataclass
class Recorder:
    """Collects the conflicts of one merge."""

    conflicts: list[Conflict] = field(default_factory=list)

    def add(self, entity: str, item_id: str, name: str, kind: ConflictKind, item: str = "") -> None:
        self.conflicts.append(Conflict(entity, item_id, name, kind, item))


def changed_fields(before: Value | None, after: Value) -> list[str]:
    """The names of the fields in which `after` differs from `before` (all of them when there is no `before`)."""
    return [name for name in type(after).model_fields
            if before is None or getattr(before, name) != getattr(after, name)]


def merge_value(base: V | None, ours: V, theirs: V, entity: str, item_id: str, record: Recorder,
                prefix: str = "", item: str = "") -> V:
    """`ours` with the fields only theirs changed, list fields merged by element, conflicts recorded."""
    if ours == theirs or theirs == base:
        return ours
    if base is not None and ours == base:
        return theirs
    kind: ConflictKind = "both_changed" if base is not None else "both_added"
    updates: dict[str, Any] = {}
    for name in type(ours).model_fields:
        o, t = getattr(ours, name), getattr(theirs, name)
        b = getattr(base, name) if base is not None else _empty(name, o)
        if o == t or t == b:
            continue
        if o == b:
            updates[name] = t
            continue
        where = prefix + name
        if name in TEXT_LISTS or name in ID_LISTS:
            merged, clash = (merge_ids if name in ID_LISTS else merge_sequence)(b or (), o, t)  # type: ignore[arg-type]
            updates[name] = tuple(merged)
            if clash:
                record.add(entity, item_id, where, kind, item)
        elif name in MAPPINGS:
            mapping, keys = merge_mapping(b or {}, o, t)  # type: ignore[arg-type]
            updates[name] = mapping
            for key in keys:
                record.add(entity, item_id, where, kind, str(key))
        elif name == "kpis":
            updates[name] = merge_kpis(b or (), o, t, entity, item_id, record)  # type: ignore[arg-type]
        elif isinstance(o, NESTED) and isinstance(t, NESTED):
            nested_base = b if isinstance(b, NESTED) else None
            updates[name] = merge_value(nested_base, o, t, entity, item_id, record, where + ".", item)
        else:
            record.add(entity, item_id, where, kind, item)
    return ours.model_copy(update=updates) if updates else ours


def _empty(name: str, value: object) -> object:
    """What a field holds 'before' an item both sides added: nothing for lists and mappings, else no value."""
    if name in TEXT_LISTS or name in ID_LISTS or name == "kpis":
        return ()
    return {} if name in MAPPINGS else _NO_VALUE


_NO_VALUE = object()


def merge_items(entity: str, base: Mapping[str, V], ours: Mapping[str, V], theirs: Mapping[str, V],
                record: Recorder, used_ours: Mapping[str, Sequence[str]] | None = None,
                used_theirs: Mapping[str, Sequence[str]] | None = None,
                merge: Callable[[V | None, V, V, str], V] | None = None) -> dict[str, V]:
    """Items by id, in merged order. An item removed on one side goes, unless the other side changed it or newly
    uses it (`used_*`: id → where, e.g. `links`): that is a conflict, and ours is kept (removed or not)."""
    used_ours, used_theirs = used_ours or {}, used_theirs or {}

    def merged_value(b: V | None, o: V, t: V, key: str) -> V:
        return merge(b, o, t, key) if merge else merge_value(b, o, t, entity, key, record)

    result: dict[str, V] = {}
    for key in dict.fromkeys((*ours, *theirs, *base)):
        b, o, t = base.get(key), ours.get(key), theirs.get(key)
        if o is not None and t is not None:
            result[key] = merged_value(b, o, t, key)
        elif b is None:
            result[key] = o if o is not None else t  # type: ignore[assignment]  # added on one side
        elif o is None and t is not None:
            reasons = [*changed_fields(b, t), *used_theirs.get(key, ())]
            for reason in reasons:
                record.add(entity, key, reason, "removed_changed")
        elif t is None and o is not None:
            reasons = [*changed_fields(b, o), *used_ours.get(key, ())]
            for reason in reasons:
                record.add(entity, key, reason, "changed_removed")
            if reasons:
                result[key] = o
    order = merge_order(list(base), list(ours), list(theirs), frozenset(result))
    return {key: result[key] for key in order}


def merge_kpis(base: Sequence[Kpi], ours: Sequence[Kpi], theirs: Sequence[Kpi], entity: str, item_id: str,
               record: Recorder) -> tuple[Kpi, ...]:
    """KPIs matched by name (the second KPI of a name with the second), merged field by field."""
    b, o, t = _by_name(base), _by_name(ours), _by_name(theirs)
    kpi_record = Recorder()

    def merged(bk: Kpi | None, ok: Kpi, tk: Kpi, key: str) -> Kpi:
        return merge_value(bk, ok, tk, entity, item_id, kpi_record, "kpis.", ok.name)

    result = merge_items("kpi", b, o, t, kpi_record, merge=merged)
    for conflict in kpi_record.conflicts:
        if conflict.entity == "kpi":  # a KPI removed on one side and edited on the other
            record.add(entity, item_id, f"kpis.{conflict.field}", conflict.kind, conflict.id.split("\x00")[0])
        else:
            record.conflicts.append(conflict)
    return tuple(result.values())


def _by_name(kpis: Sequence[Kpi]) -> dict[str, Kpi]:
    seen: dict[str, int] = {}
    result: dict[str, Kpi] = {}
    for kpi in kpis:
        n = seen[kpi.name] = seen.get(kpi.name, 0) + 1
        result[f"{kpi.name}\x00{n}"] = kpi
    return result
