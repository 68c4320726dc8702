"""Findings kept up to date edit by edit, for the editor: the same list as `find_issues`, at the cost of the edit.

`LiveFindings.update(data)` compares the new snapshot with the last one by identity (the model's values are
immutable: a changed touchpoint, link or opportunity is a new object), patches its networkx graph with the
links and touchpoints that changed, and rebuilds only the findings those changes can touch: a card's own
findings, the links at a card whose label or phase changed, the cards whose outgoing links changed, the cards of
an opportunity that changed. The findings about the whole journey (empty phases, the reachability walk, the
open loop) are recomputed only when the structure changed (cards added, removed or moved to another lane, links
added, removed or re-kinded). A new phase model or language starts over.
"""

from __future__ import annotations

import bisect
import operator
from collections import Counter
from collections.abc import Iterable
from typing import Generic, TypeVar

import networkx as nx

from journeymap.analysis.findings import (
    Context,
    Finding,
    backward_link,
    by_severity,
    dead_end,
    open_loop,
    reachability,
    unreachable,
    without_opportunity,
    without_owner,
)
from journeymap.analysis.graph import journey_graph
from journeymap.model.data import ProjectData
from journeymap.model.values import Link, Opportunity, PhaseModel, Touchpoint

V = TypeVar("V", Touchpoint, Link, Opportunity)


class _Diff(Generic[V]):
    """What changed from one snapshot of a kind of value to the next (by id; a value is unchanged when it is the
    same object). Updates `by_id` (the old values by id) in place to the new ones."""

    def __init__(self, before: tuple[V, ...], by_id: dict[str, V], values: tuple[V, ...]) -> None:
        self.changed: list[tuple[V | None, V]] = []  # (old or None when added, new)
        self.removed: list[V] = []
        self.reordered = False  # the same ids in another order: order-dependent findings must be redone
        self.by_id: dict[str, V] = by_id
        if len(before) == len(values):  # the usual edit: values replaced in place; found at C speed
            same = list(map(operator.is_, before, values))
            at = -1
            try:
                while True:
                    at = same.index(False, at + 1)
                    if before[at].id != values[at].id:
                        break  # ids moved: compare by id below
                    self.changed.append((before[at], values[at]))
            except ValueError:
                for _, new in self.changed:
                    by_id[new.id] = new
                return
            self.changed = []
        self.by_id = {}
        kept = 0
        for value in values:
            self.by_id[value.id] = value
            old = by_id.get(value.id)
            if old is not value:
                self.changed.append((old, value))
            if old is not None:
                kept += 1
        self.removed = [by_id[k] for k in by_id.keys() - self.by_id.keys()] if kept < len(by_id) else []
        self.reordered = not self.removed and kept == len(values) and list(self.by_id) != list(by_id)

    def __bool__(self) -> bool:
        return bool(self.changed or self.removed or self.reordered)

    def structural(self) -> bool:
        """Values added, removed or put in another order."""
        return bool(self.removed or self.reordered or any(old is None for old, _ in self.changed))


class _Ordered:
    """Findings by the id of the value they are about, listed in the journey's order of those values."""

    def __init__(self) -> None:
        self.by_id: dict[str, Finding] = {}
        self.ids: list[str] = []  # ordered by `positions`

    def put(self, vid: str, finding: Finding | None, positions: dict[str, int]) -> None:
        if finding is None:
            self.drop(vid)
            return
        if vid not in self.by_id:
            bisect.insort(self.ids, vid, key=positions.__getitem__)
        self.by_id[vid] = finding

    def drop(self, vid: str) -> None:
        if self.by_id.pop(vid, None) is not None:
            self.ids.remove(vid)

    def reorder(self, positions: dict[str, int]) -> None:
        self.ids = sorted(self.by_id, key=positions.__getitem__)

    def findings(self) -> list[Finding]:
        return [self.by_id[vid] for vid in self.ids]


class LiveFindings:
    """`find_issues` of the latest snapshot given to `update`, rebuilt only where the snapshot changed."""

    def __init__(self) -> None:
        self._phases: PhaseModel | None = None
        self._lang = ""
        self._tp_values: tuple[Touchpoint, ...] = ()
        self._link_values: tuple[Link, ...] = ()
        self._opp_values: tuple[Opportunity, ...] = ()
        self._tps: dict[str, Touchpoint] = {}
        self._links: dict[str, Link] = {}
        self._opps: dict[str, Opportunity] = {}
        self.graph = nx.MultiDiGraph()
        self._covered: set[str] = set()  # touchpoints that an opportunity belongs to
        self._lane_counts: Counter[str] = Counter()  # phase id → touchpoints in it
        self._tp_at: dict[str, int] = {}  # touchpoint id → its place in the journey's order (links, opportunities)
        self._link_at: dict[str, int] = {}
        self._opp_at: dict[str, int] = {}
        self._dead = _Ordered()  # touchpoint id → its dead-end finding
        self._uncovered = _Ordered()  # touchpoint id → its low or pain without an opportunity
        self._backward = _Ordered()  # link id → its backward-link finding
        self._unowned = _Ordered()  # opportunity id → its finding
        self._empty: list[Finding] = []
        self._reach: list[Finding] = []
        self._loop: list[Finding] = []
        self._result: list[Finding] = []

    def update(self, data: ProjectData, lang: str | None = None) -> list[Finding]:
        """The findings of `data` (sentences in `lang`, default: the journey's language), most serious first."""
        lang = lang or data.meta.language
        if data.phase_model is not self._phases or lang != self._lang:
            return self._start_over(data, lang)
        tps = _Diff(self._tp_values, self._tps, data.touchpoints)
        links = _Diff(self._link_values, self._links, data.links)
        opps = _Diff(self._opp_values, self._opps, data.opportunities)
        if not (tps or links or opps):
            return list(self._result)
        self._tp_values, self._link_values, self._opp_values = data.touchpoints, data.links, data.opportunities
        self._tps, self._links, self._opps = tps.by_id, links.by_id, opps.by_id
        self._places(data, tps.structural(), links.structural(), opps.structural())
        ctx = Context(data, self.graph, lang, tps.by_id)
        graph = self.graph
        lanes_changed: set[str] = set()  # phases that gained or lost a card
        relabelled: set[str] = set()  # cards whose label or phase changed: the findings of their links follow
        for old_tp, tp in tps.changed:
            if old_tp is None:
                graph.add_node(tp.id, phase=tp.phase, index=ctx.order[tp.phase])
                self._lane_counts[tp.phase] += 1
                lanes_changed.add(tp.phase)
            elif old_tp.phase != tp.phase:
                graph.nodes[tp.id].update(phase=tp.phase, index=ctx.order[tp.phase])
                self._lane_counts[old_tp.phase] -= 1
                self._lane_counts[tp.phase] += 1
                lanes_changed |= {old_tp.phase, tp.phase}
                relabelled.add(tp.id)
            elif old_tp.label != tp.label:
                relabelled.add(tp.id)
        dirty_links = {link.id for _, link in links.changed}
        dirty_tps = {tp.id for _, tp in tps.changed}
        dead_dirty = set(dirty_tps)
        for link in links.removed:
            graph.remove_edge(link.source, link.target, key=link.id)
            self._backward.drop(link.id)
            dead_dirty.add(link.source)
        for old_link, link in links.changed:
            if old_link is not None:
                graph.remove_edge(old_link.source, old_link.target, key=old_link.id)
                dead_dirty.add(old_link.source)
            graph.add_edge(link.source, link.target, key=link.id, kind=link.kind)
            dead_dirty.add(link.source)
        for tp in tps.removed:
            graph.remove_node(tp.id)
            self._lane_counts[tp.phase] -= 1
            lanes_changed.add(tp.phase)
            self._dead.drop(tp.id)
            self._uncovered.drop(tp.id)
        for tid in relabelled:
            dirty_links.update(key for _, _, key in graph.in_edges(tid, keys=True))
            dirty_links.update(key for _, _, key in graph.out_edges(tid, keys=True))
        uncovered_dirty = dirty_tps
        if opps:
            for opp in opps.removed:
                self._unowned.drop(opp.id)
            covered = {tid for opp in data.opportunities for tid in opp.touchpoint_ids}
            uncovered_dirty = dirty_tps | (covered ^ self._covered)
            self._covered = covered
            for _, opp in opps.changed:
                self._unowned.put(opp.id, without_owner(ctx, opp), self._opp_at)
        for tp in _known(tps.by_id, dead_dirty):
            self._dead.put(tp.id, dead_end(ctx, tp), self._tp_at)
        for tp in _known(tps.by_id, uncovered_dirty):
            self._uncovered.put(tp.id, without_opportunity(ctx, tp, tp.id in self._covered), self._tp_at)
        for link in _known(links.by_id, dirty_links):
            self._backward.put(link.id, backward_link(ctx, link), self._link_at)
        if tps.structural():
            self._dead.reorder(self._tp_at)
            self._uncovered.reorder(self._tp_at)
        if links.structural():
            self._backward.reorder(self._link_at)
        if opps.structural():
            self._unowned.reorder(self._opp_at)
        self._journey_wide(ctx, bool(links) or tps.structural(), lanes_changed, relabelled)
        return self._assemble(data)

    # ---------------------------------------------------------------- internals
    def _start_over(self, data: ProjectData, lang: str) -> list[Finding]:
        self._phases, self._lang = data.phase_model, lang
        self._tp_values, self._link_values, self._opp_values = data.touchpoints, data.links, data.opportunities
        self._tps = {t.id: t for t in data.touchpoints}
        self._links = {link.id: link for link in data.links}
        self._opps = {o.id: o for o in data.opportunities}
        self.graph = journey_graph(data)
        ctx = Context(data, self.graph, lang, self._tps)
        self._covered = {tid for opp in data.opportunities for tid in opp.touchpoint_ids}
        self._lane_counts = Counter(t.phase for t in data.touchpoints)
        self._places(data, True, True, True)
        self._dead, self._uncovered, self._backward, self._unowned = _Ordered(), _Ordered(), _Ordered(), _Ordered()
        for tp in data.touchpoints:  # in order: appended at the end
            self._dead.put(tp.id, dead_end(ctx, tp), self._tp_at)
            self._uncovered.put(tp.id, without_opportunity(ctx, tp, tp.id in self._covered), self._tp_at)
        for link in data.links:
            self._backward.put(link.id, backward_link(ctx, link), self._link_at)
        for opp in data.opportunities:
            self._unowned.put(opp.id, without_owner(ctx, opp), self._opp_at)
        self._journey_wide(ctx, True, set(), set())
        return self._assemble(data)

    def _journey_wide(self, ctx: Context, structure: bool, lanes_changed: set[str], relabelled: set[str]) -> None:
        """Empty phases, reachability and the open loop, each redone only when what it depends on changed:
        `structure` (links changed, cards added, removed or reordered), the lanes that gained or lost cards, the
        cards whose label or phase changed."""
        phases = ctx.data.phase_model.phases
        first, last = phases[0].id, phases[-1].id
        if structure or lanes_changed:
            self._empty = [
                ctx.finding("empty_phase", "warning", (p.id,), phase=ctx.phase_name[p.id])
                for p in phases if not self._lane_counts[p.id]
            ]
        if not ctx.touchpoints:
            self._reach, self._loop = [], []
            return
        if structure or first in lanes_changed:  # the walk starts in the first lane and follows the links
            self._reach = reachability(ctx)
        elif self._reach and self._reach[0].code == "unreachable" and relabelled & set(self._reach[0].ids):
            self._reach = [unreachable(ctx, list(self._reach[0].ids))]  # a lost card's label changed
        if structure or lanes_changed & {first, last}:  # links from the last lane back to the first
            self._loop = open_loop(ctx)

    def _places(self, data: ProjectData, touchpoints: bool, links: bool, opportunities: bool) -> None:
        """Renumber the values whose order changed (added, removed, reordered)."""
        if touchpoints:
            self._tp_at = {t.id: i for i, t in enumerate(data.touchpoints)}
        if links:
            self._link_at = {link.id: i for i, link in enumerate(data.links)}
        if opportunities:
            self._opp_at = {o.id: i for i, o in enumerate(data.opportunities)}

    def _assemble(self, data: ProjectData) -> list[Finding]:
        """The findings in `find_issues`'s order."""
        found = list(self._empty)
        if data.touchpoints:
            found += self._reach
            found += self._dead.findings() + self._backward.findings() + self._loop
        found += self._uncovered.findings() + self._unowned.findings()
        self._result = by_severity(found)
        return list(self._result)


def _known(values: dict[str, V], ids: Iterable[str]) -> list[V]:
    return [values[i] for i in ids if i in values]
