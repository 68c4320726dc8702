"""What changed between two versions of a journey: touchpoints, links, personas, opportunities and phases by id,
meta and the recommender's answers by field, and inside a touchpoint, persona or opportunity the elements of its
lists (pain points, a blueprint row's texts, KPIs by name, a persona's path and emotions, an opportunity's
touchpoints).

Not compared: the save time (`meta.modified`), the view and the lineage; they say nothing about the journey.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from journeymap.model.data import ProjectData
from journeymap.model.merge_values import ID_LISTS, MAPPINGS, NESTED, TEXT_LISTS
from journeymap.model.values import Kpi, Link, Logo, Value

SKIPPED = frozenset({"id", "modified"})


@dataclass(frozen=True)
class FieldChange:
    """One changed field: `old` → `new` for a plain value (for a mapping: the keys that differ); for a list the
    elements `added` and `removed` (`old`/`new` only when merely the order changed); for KPIs the ones added,
    removed (by name) and `changed`."""

    field: str
    old: Any = None
    new: Any = None
    added: tuple[Any, ...] = ()
    removed: tuple[Any, ...] = ()
    changed: tuple[ItemChange, ...] = ()

    def to_json(self) -> dict[str, Any]:
        result: dict[str, Any] = {}
        if self.added or self.removed or self.changed:
            result = {"added": list(self.added), "removed": list(self.removed)}
            if self.changed:
                result["changed"] = {c.id: c.fields_json() for c in self.changed}
        else:
            result = {"old": self.old, "new": self.new}
        return result


@dataclass(frozen=True)
class ItemChange:
    """A changed item: its id, its label (in the new version) and the fields that changed."""

    id: str
    label: str
    fields: tuple[FieldChange, ...]

    def field(self, name: str) -> FieldChange | None:
        return next((f for f in self.fields if f.field == name), None)

    def fields_json(self) -> dict[str, Any]:
        return {f.field: f.to_json() for f in self.fields}


@dataclass(frozen=True)
class Changes:
    """Items of one kind added, removed and changed, with the label of each (new label, or old when removed)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[ItemChange, ...] = ()
    labels: Mapping[str, str] | None = None

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)

    def label(self, item_id: str) -> str:
        return (self.labels or {}).get(item_id, item_id)

    def to_json(self) -> dict[str, Any]:
        details: dict[str, dict[str, Any]] = {i: {"label": self.label(i)} for i in (*self.added, *self.removed)}
        for change in self.changed:
            details[change.id] = {"label": change.label, "fields": change.fields_json()}
        return {"added": list(self.added), "removed": list(self.removed),
                "changed": [c.id for c in self.changed], "details": details}


@dataclass(frozen=True)
class JourneyDiff:
    """The difference from `old` to `new` (see the module)."""

    old: ProjectData
    new: ProjectData
    touchpoints: Changes
    links: Changes
    personas: Changes
    opportunities: Changes
    phases: Changes
    phase_order: bool  # the phases both have stand in another order
    meta: tuple[FieldChange, ...]
    answers: tuple[FieldChange, ...]

    def __bool__(self) -> bool:
        return bool(self.touchpoints or self.links or self.personas or self.opportunities or self.phases
                    or self.phase_order or self.meta or self.answers)

    def to_json(self) -> dict[str, Any]:
        phases = {**self.phases.to_json(), "order_changed": self.phase_order}
        return {"touchpoints": self.touchpoints.to_json(), "links": self.links.to_json(),
                "personas": self.personas.to_json(), "opportunities": self.opportunities.to_json(),
                "phases": phases, "meta": [f.field for f in self.meta],
                "meta_details": {f.field: f.to_json() for f in self.meta},
                "answers": {f.field: f.to_json() for f in self.answers}}


def diff_journeys(old: ProjectData, new: ProjectData) -> JourneyDiff:
    """What changed from `old` to `new`."""
    labels = {tp.id: tp.label for tp in (*old.touchpoints, *new.touchpoints)}
    new_labels = {tp.id: tp.label for tp in new.touchpoints}
    labels.update(new_labels)

    def link_label(link: Link) -> str:
        return f"{labels.get(link.source, link.source)} → {labels.get(link.target, link.target)}"

    common = [p for p in old.phase_model.ids() if p in set(new.phase_model.ids())]
    moved = common != [p for p in new.phase_model.ids() if p in set(common)]
    lang = new.meta.language
    return JourneyDiff(
        old, new,
        touchpoints=_changes(old.touchpoints, new.touchpoints, lambda tp: tp.label),
        links=_changes(old.links, new.links, link_label),
        personas=_changes(old.personas, new.personas, lambda p: p.name),
        opportunities=_changes(old.opportunities, new.opportunities, lambda o: " ".join(o.text.split())),
        phases=_changes(old.phase_model.phases, new.phase_model.phases, lambda p: p.name.get(lang) or p.id),
        phase_order=moved,
        meta=fields_of(old.meta, new.meta),
        answers=_mapping("answers", old.answers, new.answers),
    )


def _changes(old: Iterable[Any], new: Iterable[Any], label: Any) -> Changes:
    before = {item.id: item for item in old}
    after = {item.id: item for item in new}
    added = tuple(i for i in after if i not in before)
    removed = tuple(i for i in before if i not in after)
    changed = []
    for item_id, item in after.items():
        was = before.get(item_id)
        if was is not None and was != item:
            fields = fields_of(was, item)
            if fields:
                changed.append(ItemChange(item_id, label(item), fields))
    labels = {i: label(after[i]) for i in added} | {i: label(before[i]) for i in removed}
    return Changes(added, removed, tuple(changed), labels)


def fields_of(old: Value, new: Value, prefix: str = "") -> tuple[FieldChange, ...]:
    """The fields in which two values of one type differ."""
    result: list[FieldChange] = []
    for name in type(new).model_fields:
        if name in SKIPPED:
            continue
        o, n = getattr(old, name), getattr(new, name)
        if o == n:
            continue
        where = prefix + name
        if isinstance(o, NESTED) and isinstance(n, NESTED):
            result.extend(fields_of(o, n, where + "."))
        elif name in TEXT_LISTS or name in ID_LISTS:
            result.append(_list(where, o, n))
        elif name in MAPPINGS:
            result.extend(_mapping(where, o, n))
        elif name == "kpis":
            result.append(_kpis(o, n))
        elif isinstance(o, Logo) or isinstance(n, Logo):
            result.append(FieldChange(where, o.media_type if o else None, n.media_type if n else None))
        else:
            result.append(FieldChange(where, _plain(o), _plain(n)))
    return tuple(result)


def _plain(value: Any) -> Any:
    if isinstance(value, Value):
        return value.model_dump(mode="json")
    return list(value) if isinstance(value, tuple) else value


def _list(name: str, old: Sequence[str], new: Sequence[str]) -> FieldChange:
    added = tuple((Counter(new) - Counter(old)).elements())
    removed = tuple((Counter(old) - Counter(new)).elements())
    if not added and not removed:
        return FieldChange(name, list(old), list(new))
    return FieldChange(name, added=tuple(i for i in new if i in added), removed=tuple(i for i in old if i in removed))


def _mapping(name: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[FieldChange, ...]:
    keys = [k for k in dict.fromkeys((*old, *new)) if old.get(k) != new.get(k)]
    if not keys:
        return ()
    return (FieldChange(name, {k: old[k] for k in keys if k in old}, {k: new[k] for k in keys if k in new}),)


def _kpis(old: Sequence[Kpi], new: Sequence[Kpi]) -> FieldChange:
    before = {k.name: k for k in reversed(old)}  # the first KPI of a name stands for it
    after = {k.name: k for k in reversed(new)}
    added = tuple(n for n in dict.fromkeys(k.name for k in new) if n not in before)
    removed = tuple(n for n in dict.fromkeys(k.name for k in old) if n not in after)
    changed = tuple(ItemChange(n, n, fields_of(before[n], after[n])) for n in dict.fromkeys(k.name for k in new)
                    if n in before and before[n] != after[n])
    if not (added or removed or changed):  # same KPIs in another order, or a repeated name
        return FieldChange("kpis", [k.name for k in old], [k.name for k in new])
    return FieldChange("kpis", added=added, removed=removed, changed=changed)
