"""Findings: what a facilitator should look at in a journey (gaps, dead ends, loops, emotional lows)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

import networkx as nx

from journeymap.analysis.graph import entry_touchpoints
from journeymap.analysis.messages import quote_list, say
from journeymap.model.data import ProjectData

Severity = Literal["error", "warning", "info"]
SEVERITY_ORDER: dict[str, int] = {"error": 0, "warning": 1, "info": 2}


@dataclass(frozen=True)
class Finding:
    """One observation: a stable `code`, how serious it is, a sentence, and the ids it concerns."""

    code: str
    severity: Severity
    message: str
    ids: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return asdict(self) | {"ids": list(self.ids)}


class _Context:
    """What every check needs: the data, its graph, the language, labels and phase names."""

    def __init__(self, data: ProjectData, graph: nx.MultiDiGraph, lang: str) -> None:
        self.data, self.graph, self.lang = data, graph, lang
        self.labels = {t.id: t.label for t in data.touchpoints}
        self.phase_name = {p.id: p.name.get(lang) or p.id for p in data.phase_model.phases}

    def finding(self, code: str, severity: Severity, ids: tuple[str, ...], **params: object) -> Finding:
        return Finding(code, severity, say(code, self.lang, **params), ids)


def find_issues(data: ProjectData, graph: nx.MultiDiGraph, lang: str | None = None) -> list[Finding]:
    """All findings for a journey, most serious first, in a stable order; sentences in `lang`."""
    ctx = _Context(data, graph, lang or data.meta.language)
    used = {t.phase for t in data.touchpoints}
    findings = [
        ctx.finding("empty_phase", "warning", (phase.id,), phase=ctx.phase_name[phase.id])
        for phase in data.phase_model.phases
        if phase.id not in used
    ]
    if data.touchpoints:
        findings += _reachability(ctx) + _dead_ends(ctx) + _backward_links(ctx) + _loop(ctx)
    findings += _without_opportunity(ctx) + _without_owner(ctx)
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])


def _without_opportunity(ctx: _Context) -> list[Finding]:
    """Emotional lows and pain points that no opportunity belongs to. A low with pain points is reported once, as
    the low."""
    covered = ctx.data.opportunities_by_touchpoint()
    result = []
    for tp in ctx.data.touchpoints:
        if tp.id in covered:
            continue
        if tp.emotion is not None and tp.emotion <= -1:
            result.append(ctx.finding("emotion_dip_without_opportunity", "warning", (tp.id,), label=tp.label,
                                      score=f"{tp.emotion:+d}"))
            continue
        pains = [p for p in tp.pain_points if p.strip()]
        if pains:
            result.append(ctx.finding("pain_without_opportunity", "warning", (tp.id,), label=tp.label,
                                      count=len(pains)))
    return result


def _without_owner(ctx: _Context) -> list[Finding]:
    """Opportunities still open that nobody owns (ids: the opportunity, then its touchpoints)."""
    return [
        ctx.finding("opportunity_without_owner", "info", (opp.id, *opp.touchpoint_ids), text=clip(opp.text, 80))
        for opp in ctx.data.opportunities
        if not opp.owner.strip() and opp.status != "done"
    ]


def clip(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters (… at the end when shortened)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def _reachability(ctx: _Context) -> list[Finding]:
    entries = entry_touchpoints(ctx.data, ctx.graph)
    if not entries:
        first = ctx.data.phase_model.phases[0].id
        return [ctx.finding("no_entry", "warning", (first,), phase=ctx.phase_name[first])]
    reached = _reachable(ctx.graph, entries)
    lost = [t.id for t in ctx.data.touchpoints if t.id not in reached]
    if not lost:
        return []
    names = quote_list([ctx.labels[t] for t in lost], ctx.lang)
    return [ctx.finding("unreachable", "warning", tuple(lost), count=len(lost), names=names)]


def _reachable(graph: nx.MultiDiGraph, starts: list[str]) -> set[str]:
    """Every node reachable from any of `starts` (one walk)."""
    reached, frontier = set(starts), list(starts)
    while frontier:
        node = frontier.pop()
        for succ in graph.successors(node):
            if succ not in reached:
                reached.add(succ)
                frontier.append(succ)
    return reached


def _dead_ends(ctx: _Context) -> list[Finding]:
    last = ctx.data.phase_model.phases[-1].id
    return [
        ctx.finding("dead_end", "warning", (t.id,), label=t.label)
        for t in ctx.data.touchpoints
        if t.phase != last and ctx.graph.out_degree(t.id) == 0
    ]


def _backward_links(ctx: _Context) -> list[Finding]:
    order = {pid: i for i, pid in enumerate(ctx.data.phase_model.ids())}
    phase_of = {t.id: t.phase for t in ctx.data.touchpoints}
    return [
        ctx.finding("backward_link", "warning", (link.id, link.source, link.target),
                    source=ctx.labels[link.source], target=ctx.labels[link.target])
        for link in ctx.data.links
        if link.kind != "loop_back" and order[phase_of[link.target]] < order[phase_of[link.source]]
    ]


def _loop_ends(data: ProjectData) -> tuple[str, str] | None:
    """(first phase, advocacy) when the phase model has an advocacy phase that can close the loop."""
    ids = data.phase_model.ids()
    return (ids[0], "advocacy") if "advocacy" in ids and ids[0] != "advocacy" else None


def _loop(ctx: _Context) -> list[Finding]:
    """Is the advocacy → attention loop closed (a link from advocacy back to the first phase)?"""
    ends = _loop_ends(ctx.data)
    if ends is None:
        return []
    first, last = ends
    in_last = tuple(t.id for t in ctx.data.touchpoints if t.phase == last)
    if not in_last or loop_closed(ctx.data):
        return []
    return [ctx.finding("loop_open", "info", in_last, first=ctx.phase_name[first], last=ctx.phase_name[last])]


def loop_closed(data: ProjectData) -> bool:
    """True when some link runs from an advocacy touchpoint back to a first-phase one."""
    ends = _loop_ends(data)
    if ends is None:
        return False
    first, last = ends
    phase_of = {t.id: t.phase for t in data.touchpoints}
    return any(phase_of[link.source] == last and phase_of[link.target] == first for link in data.links)
