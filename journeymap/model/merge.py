"""Three-way merge of journeys: what two versions (ours, theirs) changed since a common base, combined by ids and
fields (`model.merge_values`), with every reference kept consistent.

Rules beyond the field-by-field merge:

- Removing a touchpoint takes its links, its place in persona paths and in opportunities with it. Those follow-on
  removals are no edits of the link, persona or opportunity: when the touchpoint stays (the other side edited it: a
  conflict, ours kept) they are undone, and a persona changed only by them is not "changed" against its removal on the
  other side.
- A touchpoint, link or phase removed on one side and newly used on the other (a new link to the touchpoint, a persona
  path through it, an opportunity newly at it, a card moved into the phase) is a conflict: ours is kept. A card left
  in a phase that is gone goes to the lane that side moved that phase's cards to.
- No link, persona path or opportunity ever names something that is gone; two links in the same direction between the
  same two touchpoints become one (the smaller id; ours' label and kind where they differ: a conflict).
- Cards that the two sides placed in the same slot are moved apart: the one with the larger id goes below.
- The save time is the later of both; the view is ours'; the lineage joins both.

`merge_journeys(base, ours, theirs)` is symmetric up to conflict resolution: swapping ours and theirs gives the
same conflicts, and the same result wherever there is none (the order of what both added in one place aside).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from pydantic import ValidationError

from journeymap.model.data import ProjectData, ViewState
from journeymap.model.lineage import MAX_ANCESTORS, Lineage, content_hash
from journeymap.model.merge_lists import merge_mapping, put_back
from journeymap.model.merge_values import Conflict, ConflictKind, Recorder, changed_fields, merge_items, merge_value
from journeymap.model.values import Link, Meta, Opportunity, Persona, PhaseModel, Touchpoint

MAX_PHASES = 24
Item = TypeVar("Item", Touchpoint, Link, Persona, Opportunity)
MAX_POSITION = 1e6


class MergeError(ValueError):
    """The merged journey would break a limit (e.g. more than 10,000 touchpoints); the message says which."""


@dataclass(frozen=True)
class MergeResult:
    """The merged journey and the conflicts (ours kept for each)."""

    data: ProjectData
    conflicts: tuple[Conflict, ...]

    @property
    def clean(self) -> bool:
        return not self.conflicts


def merge_journeys(base: ProjectData, ours: ProjectData, theirs: ProjectData) -> MergeResult:
    """Merge `theirs` into `ours` by what each changed since `base` (see the module)."""
    record = Recorder()
    phases = _phases(base, ours, theirs, record)
    touchpoints = merge_items("touchpoint", _ids(base.touchpoints), _ids(ours.touchpoints),
                              _ids(theirs.touchpoints), record, _touchpoint_uses(base, ours),
                              _touchpoint_uses(base, theirs))
    touchpoints = _rehome(touchpoints, phases, base, ours, theirs)
    kept = set(touchpoints)
    b_links = _ids(base.links)
    o_links = _restore_links(b_links, _ids(ours.links), ours, kept)
    t_links = _restore_links(b_links, _ids(theirs.links), theirs, kept)
    o_uses, t_uses = _link_uses(base, ours), _link_uses(base, theirs)
    _kept_anyway(b_links, o_links, ours, t_links, t_uses, "removed_changed", record)
    _kept_anyway(b_links, t_links, theirs, o_links, o_uses, "changed_removed", record)
    links = merge_items("link", b_links, o_links, t_links, record, o_uses, t_uses)
    links, renamed = _one_per_direction({k: v for k, v in links.items() if {v.source, v.target} <= kept},
                                        o_links, t_links, record)
    b_personas = _ids(base.personas)
    personas = merge_items("persona", b_personas, _restore_paths(b_personas, ours),
                           _restore_paths(b_personas, theirs), record)
    personas = {pid: _consistent(p, kept, links, renamed) for pid, p in personas.items()}
    b_opportunities = _ids(base.opportunities)
    opportunities = merge_items("opportunity", b_opportunities, _restore_opportunities(b_opportunities, ours),
                                _restore_opportunities(b_opportunities, theirs), record)
    opportunities = {oid: _at_existing(o, kept) for oid, o in opportunities.items()}
    answers, keys = merge_mapping(base.answers, ours.answers, theirs.answers)
    for key in keys:
        record.add("answers", "", "answers", "both_changed", key)
    touchpoints = _place(touchpoints, _placed(base, ours), _placed(base, theirs))
    merged = ProjectData.model_construct(
        meta=_meta(base, ours, theirs, record), phase_model=phases, touchpoints=tuple(touchpoints.values()),
        links=tuple(links.values()), personas=tuple(personas.values()),
        opportunities=tuple(opportunities.values()), answers=answers,
        view=_view(base, ours, theirs, personas), lineage=_lineage(base, ours, theirs))
    try:  # every value again, so that a merge never writes a file that cannot be read back
        data = ProjectData.model_validate(merged.model_dump())
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"])
        raise MergeError(f"the merged journey would not be valid ({where}: "
                         + error["msg"].removeprefix("Value error, ") + ")") from None
    return MergeResult(data, tuple(sorted(set(record.conflicts), key=_conflict_order)))


def _conflict_order(conflict: Conflict) -> tuple[int, str, str, str, str]:
    rank = ("meta", "phase_model", "phase", "touchpoint", "link", "persona", "opportunity", "answers")
    return (rank.index(conflict.entity) if conflict.entity in rank else len(rank), conflict.id, conflict.field,
            conflict.item, conflict.kind)


def _ids(items: Iterable[Item]) -> dict[str, Item]:
    return {item.id: item for item in items}


# ---------------------------------------------------------------- what a side newly uses
def _touchpoint_uses(base: ProjectData, side: ProjectData) -> dict[str, list[str]]:
    """Touchpoint id → where `side` newly uses it: `links` (a new link), `personas` (a path or emotion),
    `opportunities` (an opportunity newly at it)."""
    uses: dict[str, list[str]] = defaultdict(list)
    old_links = {link.id for link in base.links}
    for link in side.links:
        if link.id not in old_links:
            for end in (link.source, link.target):
                uses[end].append("links")
    old = {p.id: p for p in base.personas}
    for persona in side.personas:
        before = old.get(persona.id)
        had = set(before.touchpoint_ids) | set(before.emotions) if before else set()
        for tid in set(persona.touchpoint_ids) | set(persona.emotions):
            if tid not in had:
                uses[tid].append("personas")
    earlier = {o.id: set(o.touchpoint_ids) for o in base.opportunities}
    for opportunity in side.opportunities:
        for tid in set(opportunity.touchpoint_ids) - earlier.get(opportunity.id, set()):
            uses[tid].append("opportunities")
    return {tid: sorted(set(where)) for tid, where in uses.items()}


def _link_uses(base: ProjectData, side: ProjectData) -> dict[str, list[str]]:
    old = {p.id: set(p.link_ids) for p in base.personas}
    return {lid: ["personas"] for p in side.personas for lid in p.link_ids if lid not in old.get(p.id, set())}


def _phase_uses(base: ProjectData, side: ProjectData) -> dict[str, list[str]]:
    old = {tp.id: tp.phase for tp in base.touchpoints}
    return {tp.phase: ["touchpoints"] for tp in side.touchpoints if old.get(tp.id) != tp.phase}


# ---------------------------------------------------------------- phases
def _phases(base: ProjectData, ours: ProjectData, theirs: ProjectData, record: Recorder) -> PhaseModel:
    b, o, t = base.phase_model, ours.phase_model, theirs.phase_model
    if o == t:
        return o
    phases = merge_items("phase", {p.id: p for p in b.phases}, {p.id: p for p in o.phases},
                         {p.id: p for p in t.phases}, record, _phase_uses(base, ours), _phase_uses(base, theirs))
    if not phases or len(phases) > MAX_PHASES:
        record.add("phase_model", "", "phases", "both_changed")
        return o
    merged = tuple(phases.values())
    if merged not in (o.phases, t.phases):
        return PhaseModel(id="custom", phases=merged)  # lanes of both: a model of its own
    if o.id != t.id and b.id not in (o.id, t.id):
        record.add("phase_model", "", "id", "both_changed")
    return PhaseModel(id=t.id if o.id == b.id else o.id, phases=merged)


def _rehome(touchpoints: dict[str, Touchpoint], phases: PhaseModel, base: ProjectData, ours: ProjectData,
            theirs: ProjectData) -> dict[str, Touchpoint]:
    """Cards in a phase that is gone go to the lane the removing side moved that phase's cards to (else the
    first lane), below the cards there."""
    known = set(phases.ids())
    stray = [tp for tp in touchpoints.values() if tp.phase not in known]
    if not stray:
        return touchpoints
    result = dict(touchpoints)
    bottom = {pid: -1.0 for pid in known}
    for tp in touchpoints.values():
        if tp.phase in known:
            bottom[tp.phase] = max(bottom[tp.phase], tp.position)
    for tp in stray:
        target = _successor(tp.phase, base, ours, known) or _successor(tp.phase, base, theirs, known) or phases.ids()[0]
        bottom[target] = min(MAX_POSITION, math.floor(bottom[target]) + 1.0)
        result[tp.id] = tp.model_copy(update={"phase": target, "position": bottom[target]})
    return result


def _successor(phase: str, base: ProjectData, side: ProjectData, known: set[str]) -> str | None:
    """Where `side` moved the cards of `phase` when it removed it: the lane most of them went to."""
    now = {tp.id: tp.phase for tp in side.touchpoints}
    moved = Counter(now[tp.id] for tp in base.touchpoints
                    if tp.phase == phase and tp.id in now and now[tp.id] in known)
    return moved.most_common(1)[0][0] if moved else None


# ---------------------------------------------------------------- links and persona paths
def _restore_links(base: Mapping[str, Link], side: dict[str, Link], data: ProjectData,
                   kept: set[str]) -> dict[str, Link]:
    """`side`'s links, with those it removed only because it removed a touchpoint that the merge keeps."""
    present = {tp.id for tp in data.touchpoints}
    back = {lid: link for lid, link in base.items() if lid not in side
            and any(end not in present and end in kept for end in (link.source, link.target))}
    return {**side, **back} if back else side


def _kept_anyway(base: Mapping[str, Link], restored: Mapping[str, Link], side: ProjectData,
                 other: Mapping[str, Link], other_uses: Mapping[str, list[str]], kind: ConflictKind,
                 record: Recorder) -> None:
    """A link that one side removed with its touchpoint, and that stays with the touchpoint, is still a conflict
    when the other side changed or newly used it (as it is when the touchpoint goes: the same conflicts both ways)."""
    present = {link.id for link in side.links}
    for lid, link in restored.items():
        if lid in present or lid not in base or lid not in other:
            continue
        for reason in (*changed_fields(link, other[lid]), *other_uses.get(lid, ())):
            record.add("link", lid, reason, kind)


def _restore_paths(base: Mapping[str, Persona], data: ProjectData) -> dict[str, Persona]:
    """`data`'s personas with the path entries it dropped only because it removed the touchpoint or link: such a
    follow-on change is no edit of the persona (what is gone after the merge is taken out again at the end)."""
    present_tp = {tp.id for tp in data.touchpoints}
    present_ln = {link.id for link in data.links}
    result: dict[str, Persona] = {}
    for persona in data.personas:
        before = base.get(persona.id)
        if before is None:
            result[persona.id] = persona
            continue
        back_tp = {t for t in before.touchpoint_ids if t not in present_tp}
        back_em = {t: s for t, s in before.emotions.items() if t not in present_tp}
        back_ln = {lid for lid in before.link_ids if lid not in present_ln}
        if back_tp or back_em or back_ln:
            persona = persona.model_copy(update={
                "touchpoint_ids": put_back(before.touchpoint_ids, persona.touchpoint_ids, back_tp),
                "link_ids": put_back(before.link_ids, persona.link_ids, back_ln),
                "emotions": {**back_em, **persona.emotions},
            })
        result[persona.id] = persona
    return result


def _restore_opportunities(base: Mapping[str, Opportunity], data: ProjectData) -> dict[str, Opportunity]:
    """`data`'s opportunities with the touchpoints it took out of them only because it removed the touchpoint (what
    is gone after the merge is taken out again at the end)."""
    present = {tp.id for tp in data.touchpoints}
    result: dict[str, Opportunity] = {}
    for opportunity in data.opportunities:
        before = base.get(opportunity.id)
        back = {t for t in before.touchpoint_ids if t not in present} if before is not None else set()
        if before is not None and back:
            opportunity = opportunity.model_copy(update={
                "touchpoint_ids": put_back(before.touchpoint_ids, opportunity.touchpoint_ids, back)})
        result[opportunity.id] = opportunity
    return result


def _at_existing(opportunity: Opportunity, touchpoints: set[str]) -> Opportunity:
    """An opportunity that names only touchpoints that exist."""
    kept = tuple(t for t in opportunity.touchpoint_ids if t in touchpoints)
    return opportunity if kept == opportunity.touchpoint_ids else opportunity.model_copy(
        update={"touchpoint_ids": kept})


def _one_per_direction(links: dict[str, Link], ours: Mapping[str, Link], theirs: Mapping[str, Link],
                       record: Recorder) -> tuple[dict[str, Link], dict[str, str]]:
    """At most one link per direction between two touchpoints: the smaller id stays (with ours' label and kind where
    the two differ: a conflict). Returns the links and the ids that were folded into another."""
    by_ends: dict[tuple[str, str], str] = {}
    renamed: dict[str, str] = {}
    for lid in sorted(links):
        link = links[lid]
        first = by_ends.setdefault((link.source, link.target), lid)
        if first == lid:
            continue
        renamed[lid] = first
        kept = links[first]
        if (kept.label, kept.kind) != (link.label, link.kind):
            ours_one = lid if lid in ours and first not in ours else first
            values = ours.get(ours_one) or theirs.get(ours_one) or kept
            for name in ("label", "kind"):
                if getattr(kept, name) != getattr(link, name):
                    record.add("link", first, name, "both_added")
            links[first] = kept.model_copy(update={"label": values.label, "kind": values.kind})
    order = [lid for lid in links if lid not in renamed]
    return {lid: links[lid] for lid in order}, renamed


def _consistent(persona: Persona, touchpoints: set[str], links: Mapping[str, Link],
                renamed: Mapping[str, str]) -> Persona:
    """A persona whose path names only what exists (a folded link by the id that stayed)."""
    link_ids = tuple(dict.fromkeys(renamed.get(lid, lid) for lid in persona.link_ids))
    update = {
        "touchpoint_ids": tuple(t for t in persona.touchpoint_ids if t in touchpoints),
        "link_ids": tuple(lid for lid in link_ids if lid in links),
        "emotions": {t: s for t, s in persona.emotions.items() if t in touchpoints},
    }
    if all(getattr(persona, k) == v for k, v in update.items()):
        return persona
    return persona.model_copy(update=update)


# ---------------------------------------------------------------- places, meta
def _placed(base: ProjectData, side: ProjectData) -> set[str]:
    """The cards `side` put somewhere (added or moved)."""
    old = {tp.id: (tp.phase, tp.position) for tp in base.touchpoints}
    return {tp.id for tp in side.touchpoints if old.get(tp.id) != (tp.phase, tp.position)}


def _place(touchpoints: dict[str, Touchpoint], ours: set[str], theirs: set[str]) -> dict[str, Touchpoint]:
    """Cards each side placed into the same slot as a card the other side placed: the larger id goes below."""
    lanes: dict[str, list[Touchpoint]] = defaultdict(list)
    for tp in touchpoints.values():
        lanes[tp.phase].append(tp)
    result = touchpoints
    for cards in lanes.values():
        cards.sort(key=lambda tp: tp.position)
        moving: set[str] = set()
        for i, a in enumerate(cards):
            for b in cards[i + 1:]:
                if b.position - a.position >= 1:
                    break
                one_each = ((a.id in ours) != (a.id in theirs) and (b.id in ours) != (b.id in theirs)
                            and (a.id in ours) != (b.id in ours))
                if one_each and not {a.id, b.id} & moving:
                    moving.add(max(a.id, b.id))
        bottom = math.floor(max(tp.position for tp in cards))
        for tid in sorted(moving):
            if bottom + 1 > MAX_POSITION:
                break
            bottom += 1
            if result is touchpoints:
                result = dict(touchpoints)
            result[tid] = result[tid].model_copy(update={"position": float(bottom)})
    return result


def _meta(base: ProjectData, ours: ProjectData, theirs: ProjectData, record: Recorder) -> Meta:
    """Meta field by field; the save time is the later of both, the creation time the earlier."""
    b, o, t = base.meta, ours.meta, theirs.meta
    if o == b or t == b:
        return t if o == b else o
    stamps = [m for m in (o.modified, t.modified) if m]
    created = [c for c in (o.created, t.created) if c]
    same = {"modified": max(stamps, default=""), "created": min(created, default="")}
    return merge_value(b.model_copy(update=same), o.model_copy(update=same), t.model_copy(update=same), "meta", "",
                       record)


def _lineage(base: ProjectData, ours: ProjectData, theirs: ProjectData) -> Lineage:
    """The lineage of both (ours where they differ), with at most `MAX_ANCESTORS` ancestors."""
    merged = merge_value(base.lineage, ours.lineage, theirs.lineage, "lineage", "", Recorder())
    return merged.model_copy(update={"ancestors": merged.ancestors[:MAX_ANCESTORS]})


def _view(base: ProjectData, ours: ProjectData, theirs: ProjectData, personas: Mapping[str, Persona]) -> ViewState:
    """The view of the side that changed it (ours where both did), showing only personas that exist."""
    view = merge_value(base.view, ours.view, theirs.view, "view", "", Recorder())
    return view.model_copy(update={
        "personas_shown": tuple(p for p in dict.fromkeys(view.personas_shown) if p in personas),
        "persona_focus": view.persona_focus if view.persona_focus in personas else None,
    })


def version_to_write(result: MergeResult, ours: ProjectData, theirs: ProjectData, now: str) -> ProjectData:
    """What a merge writes: ours unchanged when theirs brought nothing new, theirs when ours had nothing of its own
    (a fast-forward), else the merged journey saved `now` with both versions as its newest ancestors."""
    merged = content_hash(result.data)
    mine, other = content_hash(ours), content_hash(theirs)
    if merged == mine:
        return ours
    if merged == other:
        return theirs
    meta = result.data.meta.model_copy(update={"modified": now})
    return result.data.model_copy(update={"meta": meta, "lineage": result.data.lineage.joined(mine, other)})
