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

from collections.abc import Iterable
from typing import Generic, TypeVar

import networkx as nx

from journeymap.analysis.findings import (
    Context,
    Finding,
    backward_link,
    by_severity,
    dead_end,
    empty_phases,
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
    """What changed between two snapshots of one kind of value (by id, compared by identity)."""

    def __init__(self, old: dict[str, V], values: Iterable[V]) -> None:
        self.now: dict[str, V] = {}
        self.changed: list[tuple[V | None, V]] = []  # (old or None when added, new)
        kept = 0
        for value in values:
            self.now[value.id] = value
            before = old.get(value.id)
            if before is not value:
                self.changed.append((before, value))
            if before is not None:
                kept += 1
        self.removed: list[V] = [old[k] for k in old.keys() - self.now.keys()] if kept < len(old) else []
        # the same ids in another order (nothing added or removed): order-dependent findings must be redone
        self.reordered = (not self.removed and len(self.now) == len(old) and not any(b is None for b, _ in self.changed)
                          and list(self.now) != list(old))

    def __bool__(self) -> bool:
        return bool(self.changed or self.removed or self.reordered)


class LiveFindings:
    """`find_issues` of the latest snapshot given to `update`, rebuilt only where the snapshot changed."""

    def __init__(self) -> None:
        self._phases: PhaseModel | None = None
        self._lang = ""
        self._tps: dict[str, Touchpoint] = {}
        self._links: dict[str, Link] = {}
        self._opps: dict[str, Opportunity] = {}
        self.graph = nx.MultiDiGraph()
        self._covered: set[str] = set()
        self._dead: dict[str, Finding] = {}  # touchpoint id → its dead-end finding
        self._uncovered: dict[str, Finding] = {}  # touchpoint id → its low or pain without an opportunity
        self._backward: dict[str, Finding] = {}  # link id → its backward-link finding
        self._unowned: dict[str, Finding] = {}  # opportunity id → its finding
        self._empty: list[Finding] = []
        self._reach: list[Finding] = []
        self._loop: list[Finding] = []
        self._result: list[Finding] = []

    def update(self, data: ProjectData, lang: str | None = None) -> list[Finding]:
        """The findings of `data` (sentences in `lang`, default: the journey's language), most serious first."""
        lang = lang or data.meta.language
        if data.phase_model is not self._phases or lang != self._lang:
            return self._start_over(data, lang)
        tps = _Diff(self._tps, data.touchpoints)
        links = _Diff(self._links, data.links)
        opps = _Diff(self._opps, data.opportunities)
        if not (tps or links or opps):
            return list(self._result)
        self._tps, self._links, self._opps = tps.now, links.now, opps.now
        ctx = Context(data, self.graph, lang, tps.now)
        structure = bool(links) or tps.reordered or bool(tps.removed)
        moved_or_renamed: set[str] = set()  # cards whose label or phase changed: their links' findings follow
        graph = self.graph
        for old_tp, tp in tps.changed:
            if old_tp is None:
                graph.add_node(tp.id, phase=tp.phase, index=ctx.order[tp.phase])
                structure = True
            elif old_tp.phase != tp.phase:
                graph.nodes[tp.id].update(phase=tp.phase, index=ctx.order[tp.phase])
                moved_or_renamed.add(tp.id)
                structure = True
            elif old_tp.label != tp.label:
                moved_or_renamed.add(tp.id)
        dirty_links = {link.id for _, link in links.changed}
        dirty_dead = {tp.id for _, tp in tps.changed}
        for link in links.removed:
            graph.remove_edge(link.source, link.target, key=link.id)
            self._backward.pop(link.id, None)
            dirty_dead.add(link.source)
        for old_link, link in links.changed:
            if old_link is not None:
                graph.remove_edge(old_link.source, old_link.target, key=old_link.id)
                dirty_dead.add(old_link.source)
            graph.add_edge(link.source, link.target, key=link.id, kind=link.kind)
            dirty_dead.add(link.source)
        for tp in tps.removed:
            graph.remove_node(tp.id)
            for table in (self._dead, self._uncovered):
                table.pop(tp.id, None)
        for tid in moved_or_renamed:
            dirty_links.update(key for _, _, key in graph.in_edges(tid, keys=True))
            dirty_links.update(key for _, _, key in graph.out_edges(tid, keys=True))
        dirty_uncovered = {tp.id for _, tp in tps.changed}
        if opps:
            for opp in opps.removed:
                self._unowned.pop(opp.id, None)
            covered = {tid for opp in opps.now.values() for tid in opp.touchpoint_ids}
            dirty_uncovered |= covered ^ self._covered
            self._covered = covered
            self._refresh(self._unowned, (o for _, o in opps.changed), lambda o: without_owner(ctx, o))
        self._refresh(self._dead, _known(tps.now, dirty_dead), lambda t: dead_end(ctx, t))
        self._refresh(self._uncovered, _known(tps.now, dirty_uncovered),
                      lambda t: without_opportunity(ctx, t, t.id in self._covered))
        self._refresh(self._backward, _known(links.now, dirty_links), lambda link: backward_link(ctx, link))
        if structure:
            self._whole_journey(ctx)
        elif self._reach and self._reach[0].code == "unreachable" and moved_or_renamed & set(self._reach[0].ids):
            self._reach = [unreachable(ctx, list(self._reach[0].ids))]  # a lost card's label changed
        return self._assemble(data)

    # ---------------------------------------------------------------- internals
    def _start_over(self, data: ProjectData, lang: str) -> list[Finding]:
        self._phases, self._lang = data.phase_model, lang
        self._tps = {t.id: t for t in data.touchpoints}
        self._links = {link.id: link for link in data.links}
        self._opps = {o.id: o for o in data.opportunities}
        self.graph = journey_graph(data)
        ctx = Context(data, self.graph, lang, self._tps)
        self._covered = {tid for opp in data.opportunities for tid in opp.touchpoint_ids}
        self._dead, self._uncovered, self._backward, self._unowned = {}, {}, {}, {}
        self._refresh(self._dead, data.touchpoints, lambda t: dead_end(ctx, t))
        self._refresh(self._uncovered, data.touchpoints, lambda t: without_opportunity(ctx, t, t.id in self._covered))
        self._refresh(self._backward, data.links, lambda link: backward_link(ctx, link))
        self._refresh(self._unowned, data.opportunities, lambda o: without_owner(ctx, o))
        self._whole_journey(ctx)
        return self._assemble(data)

    def _whole_journey(self, ctx: Context) -> None:
        self._empty = empty_phases(ctx)
        has_touchpoints = bool(ctx.touchpoints)
        self._reach = reachability(ctx) if has_touchpoints else []
        self._loop = open_loop(ctx) if has_touchpoints else []

    @staticmethod
    def _refresh(table: dict[str, Finding], values: Iterable[V], check) -> None:
        for value in values:
            finding = check(value)
            if finding is None:
                table.pop(value.id, None)
            else:
                table[value.id] = finding

    def _assemble(self, data: ProjectData) -> list[Finding]:
        """The findings in `find_issues`'s order."""
        found = list(self._empty)
        if data.touchpoints:
            found += self._reach
            if self._dead:
                found += [self._dead[t.id] for t in data.touchpoints if t.id in self._dead]
            if self._backward:
                found += [self._backward[link.id] for link in data.links if link.id in self._backward]
            found += self._loop
        if self._uncovered:
            found += [self._uncovered[t.id] for t in data.touchpoints if t.id in self._uncovered]
        if self._unowned:
            found += [self._unowned[o.id] for o in data.opportunities if o.id in self._unowned]
        self._result = by_severity(found)
        return self._result


def _known(values: dict[str, V], ids: Iterable[str]) -> list[V]:
    return [values[i] for i in ids if i in values]
