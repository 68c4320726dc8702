"""A merge in which the user accepts or rejects each of their changes (File ▸ Merge from… in the editor).

`differences(base, theirs)` lists what the other version changed since the common base, one entry per item
(touchpoint, link, persona, opportunity, phase) and per property; `merge_chosen` merges only the accepted ones: a
rejected change is taken back in their version before the three-way merge, so the merge treats it as never made.
A choice names an item (`Key`) or one field of a changed item (`FieldKey`, the field as `diff` names it): a
rejected field is taken back alone, and where both changed a field, theirs can win that field while the item
keeps every other change of ours. Without a common base the editor passes ours as the base: then every difference
between the two files is offered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from journeymap.model.data import ProjectData
from journeymap.model.diff import Changes, FieldChange, diff_journeys
from journeymap.model.merge import MergeResult, merge_journeys
from journeymap.model.merge_lists import put_back
from journeymap.model.values import Opportunity, Persona, Value

Kind = Literal["added", "removed", "changed"]
Key = tuple[str, str]  # (entity, id): ("touchpoint", "tp-1"), ("meta", "title"), ("answers", "credibility")
FieldKey = tuple[str, str, str]  # (entity, id, field): ("touchpoint", "tp-1", "blueprint.frontstage.texts")
Choice = Key | FieldKey


@dataclass(frozen=True)
class Difference:
    """One change of theirs: what (`entity`, `id`), how (`kind`), its label and, for a change, the fields."""

    entity: Literal["touchpoint", "link", "persona", "opportunity", "phase", "meta", "answers"]
    id: str
    kind: Kind
    label: str
    fields: tuple[FieldChange, ...] = ()

    @property
    def key(self) -> Key:
        return (self.entity, self.id)


def differences(base: ProjectData, theirs: ProjectData) -> list[Difference]:
    """Their changes since `base`, item by item: phases, touchpoints, links, personas, opportunities, then
    properties."""
    diff = diff_journeys(base, theirs)
    result: list[Difference] = []
    for entity, changes in (("phase", diff.phases), ("touchpoint", diff.touchpoints), ("link", diff.links),
                            ("persona", diff.personas), ("opportunity", diff.opportunities)):
        result += _items(entity, changes)
    for change in diff.meta:
        result.append(Difference("meta", change.field.split(".")[0], "changed", change.field, (change,)))
    for change in diff.answers:
        for key in {**(change.old or {}), **(change.new or {})}:
            kind: Kind = "added" if key not in (change.old or {}) else "removed" if key not in (change.new or {}) \
                else "changed"
            single = FieldChange("answers", {key: change.old[key]} if key in (change.old or {}) else {},
                                 {key: change.new[key]} if key in (change.new or {}) else {})
            result.append(Difference("answers", key, kind, key, (single,)))
    return result


def _items(entity: Any, changes: Changes) -> list[Difference]:
    found = [Difference(entity, i, "added", changes.label(i)) for i in changes.added]
    found += [Difference(entity, i, "removed", changes.label(i)) for i in changes.removed]
    found += [Difference(entity, c.id, "changed", c.label, c.fields) for c in changes.changed]
    return found


def merge_chosen(base: ProjectData, ours: ProjectData, theirs: ProjectData, rejected: Iterable[Choice] = (),
                 theirs_wins: Iterable[Choice] = ()) -> MergeResult:
    """The three-way merge of `ours` with the accepted changes of `theirs` (see the module); for the items and
    fields in `theirs_wins` (accepted changes that conflict with ours) their version is taken instead of ours."""
    rejected_items, rejected_fields = _split(rejected)
    winning_items, winning_fields = _split(theirs_wins)
    mine = prefer_theirs(with_fields(ours, theirs, winning_fields), theirs, winning_items)
    other = taken_back(base, with_fields(theirs, base, rejected_fields), rejected_items)
    return merge_journeys(base, mine, other)


def _split(choices: Iterable[Choice]) -> tuple[set[Key], set[FieldKey]]:
    items: set[Key] = set()
    fields: set[FieldKey] = set()
    for choice in choices:
        if len(choice) == 3:
            fields.add((choice[0], choice[1], choice[2]))
        else:
            items.add((choice[0], choice[1]))
    return items, fields


def with_fields(target: ProjectData, source: ProjectData, fields: set[FieldKey]) -> ProjectData:
    """`target` with each of `fields` as `source` has it, in items both have (others are left as they are)."""
    if not fields:
        return target
    wanted: dict[Key, list[str]] = {}
    for entity, item_id, name in sorted(fields):
        wanted.setdefault((entity, item_id), []).append(name)

    def copied(entity: str, mine: tuple[Any, ...], other: Iterable[Any]) -> tuple[Any, ...]:
        theirs = {item.id: item for item in other}
        result = []
        for item in mine:
            source_item = theirs.get(item.id)
            for name in wanted.get((entity, item.id), ()) if source_item is not None else ():
                item = _with_path(item, name.split("."), source_item)
            result.append(item)
        return tuple(result)

    phases = copied("phase", target.phase_model.phases, source.phase_model.phases)
    model = source.phase_model if phases == source.phase_model.phases else target.phase_model.model_copy(
        update={"phases": phases})  # (phases as the source has them: its preset's name with them)
    return target.model_copy(update={
        "touchpoints": copied("touchpoint", target.touchpoints, source.touchpoints),
        "links": copied("link", target.links, source.links),
        "personas": copied("persona", target.personas, source.personas),
        "opportunities": copied("opportunity", target.opportunities, source.opportunities),
        "phase_model": model})


def _with_path(value: Any, path: list[str], source: Any) -> Any:
    """`value` with the field at `path` (a field, or a field of a field: `blueprint.frontstage.texts`) taken from
    `source`, a value of the same type."""
    name, rest = path[0], path[1:]
    if name not in type(value).model_fields:
        return value
    new = getattr(source, name)
    if rest and isinstance(new, Value):
        new = _with_path(getattr(value, name), rest, new)
    return value.model_copy(update={name: new})


def taken_back(base: ProjectData, theirs: ProjectData, rejected: set[Key]) -> ProjectData:
    """`theirs` with the rejected changes undone (as in `base`); what it names that is gone the merge leaves out."""
    if not rejected:
        return theirs

    def pick(entity: str, before: Iterable[Any], after: Iterable[Any]) -> tuple[Any, ...]:
        old = {item.id: item for item in before}
        new = {item.id: item for item in after}
        back = {i for i in old if i not in new and (entity, i) in rejected}
        order = put_back(tuple(old), tuple(new), back)  # what comes back stands where it stood
        kept = [old.get(i) if (entity, i) in rejected else new.get(i) for i in order]  # a rejected addition: None
        return tuple(item for item in kept if item is not None)

    touchpoints = pick("touchpoint", base.touchpoints, theirs.touchpoints)
    back = {tp.id for tp in touchpoints} - {tp.id for tp in theirs.touchpoints}
    links = list(pick("link", base.links, theirs.links))
    known = {link.id for link in links}
    links += [link for link in base.links if link.id not in known and {link.source, link.target} & back]
    phases = pick("phase", base.phase_model.phases, theirs.phase_model.phases)
    meta = theirs.meta.model_copy(update={name: getattr(base.meta, name) for entity, name in rejected
                                          if entity == "meta"})
    answers = dict(theirs.answers)
    for entity, key in rejected:
        if entity == "answers":
            if key in base.answers:
                answers[key] = base.answers[key]
            else:
                answers.pop(key, None)
    restored = {link.id for link in links} - {link.id for link in theirs.links}
    personas = tuple(_with_paths(p, base, back, restored) for p in pick("persona", base.personas, theirs.personas))
    opportunities = tuple(_with_touchpoints(o, base, back)
                          for o in pick("opportunity", base.opportunities, theirs.opportunities))
    model = base.phase_model if phases == base.phase_model.phases else theirs.phase_model.model_copy(
        update={"phases": phases})
    return ProjectData.model_construct(
        meta=meta, phase_model=model, touchpoints=touchpoints,
        links=tuple(links), personas=personas, opportunities=opportunities, answers=answers, view=theirs.view,
        lineage=theirs.lineage)


def _with_touchpoints(opportunity: Opportunity, base: ProjectData, touchpoints: set[str]) -> Opportunity:
    """An opportunity of theirs with the touchpoints that come back (their removal was rejected) as the base had
    them."""
    before = next((o for o in base.opportunities if o.id == opportunity.id), None)
    if before is None or not touchpoints:
        return opportunity
    back = {t for t in before.touchpoint_ids if t in touchpoints} - set(opportunity.touchpoint_ids)
    if not back:
        return opportunity
    return opportunity.model_copy(
        update={"touchpoint_ids": put_back(before.touchpoint_ids, opportunity.touchpoint_ids, back)})


def _with_paths(persona: Persona, base: ProjectData, touchpoints: set[str], links: set[str]) -> Persona:
    """A persona of theirs with the path entries of touchpoints and links that come back (their removal was
    rejected) as the base had them."""
    before = next((p for p in base.personas if p.id == persona.id), None)
    if before is None or not (touchpoints or links):
        return persona
    path = (*persona.touchpoint_ids, *(t for t in before.touchpoint_ids if t in touchpoints
                                       and t not in persona.touchpoint_ids))
    link_ids = (*persona.link_ids, *(lid for lid in before.link_ids if lid in links and lid not in persona.link_ids))
    emotions = {**{t: s for t, s in before.emotions.items() if t in touchpoints}, **persona.emotions}
    return persona.model_copy(update={"touchpoint_ids": path, "link_ids": link_ids, "emotions": emotions})


def prefer_theirs(ours: ProjectData, theirs: ProjectData, keys: Iterable[Key]) -> ProjectData:
    """`ours` with their version of the items in `keys` (added, replaced or removed as theirs has them; a property
    or an answer as theirs has it): where the user takes their side of a conflict. What this leaves dangling the
    merge takes out."""
    chosen = set(keys)
    if not chosen:
        return ours

    def take(entity: str, mine: Iterable[Any], other: Iterable[Any]) -> tuple[Any, ...]:
        own = {item.id: item for item in mine}
        their = {item.id: item for item in other}
        order = put_back(tuple(their), tuple(own), {i for i in their if (entity, i) in chosen})
        picked = [their.get(i) if (entity, i) in chosen else own.get(i) for i in order]
        return tuple(item for item in picked if item is not None)

    meta = ours.meta.model_copy(update={name: getattr(theirs.meta, name) for entity, name in chosen
                                        if entity == "meta"})
    answers = dict(ours.answers)
    for entity, key in chosen:
        if entity == "answers":
            if key in theirs.answers:
                answers[key] = theirs.answers[key]
            else:
                answers.pop(key, None)
    phases = take("phase", ours.phase_model.phases, theirs.phase_model.phases)
    return ProjectData.model_construct(
        meta=meta, phase_model=ours.phase_model.model_copy(update={"phases": phases}),
        touchpoints=take("touchpoint", ours.touchpoints, theirs.touchpoints),
        links=take("link", ours.links, theirs.links), personas=take("persona", ours.personas, theirs.personas),
        opportunities=take("opportunity", ours.opportunities, theirs.opportunities),
        answers=answers, view=ours.view, lineage=ours.lineage)
