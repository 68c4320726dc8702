"""Findings: what a facilitator should look at in a journey (gaps, dead ends, loops, emotional lows)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

from journeymap.analysis.graph import LinkGraph, entry_touchpoints
from journeymap.analysis.messages import quote_list, say
from journeymap.model.data import ProjectData
from journeymap.model.values import Link, Opportunity, Touchpoint

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


class Context:
    """What every check needs: the data, its graph, the language, the touchpoints by id, phase names and order.

    `touchpoints` may be given when the caller already holds them by id (the live findings do)."""

    def __init__(self, data: ProjectData, graph: LinkGraph, lang: str,
                 touchpoints: dict[str, Touchpoint] | None = None) -> None:
        self.data, self.graph, self.lang = data, graph, lang
        self.touchpoints = {t.id: t for t in data.touchpoints} if touchpoints is None else touchpoints
        self.phase_name = {p.id: p.name.get(lang) or p.id for p in data.phase_model.phases}
        self.order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
        self.last = data.phase_model.phases[-1].id

    def label(self, tid: str) -> str:
        return self.touchpoints[tid].label

    def finding(self, code: str, severity: Severity, ids: tuple[str, ...], **params: object) -> Finding:
        return Finding(code, severity, say(code, self.lang, **params), ids)


def find_issues(data: ProjectData, graph: LinkGraph, lang: str | None = None) -> list[Finding]:
    """All findings for a journey, most serious first, in a stable order; sentences in `lang`."""
    ctx = Context(data, graph, lang or data.meta.language)
    findings = empty_phases(ctx)
    if data.touchpoints:
        findings += reachability(ctx)
        findings += [f for t in data.touchpoints if (f := dead_end(ctx, t))]
        findings += [f for link in data.links if (f := backward_link(ctx, link))]
        findings += open_loop(ctx)
    covered = data.opportunities_by_touchpoint()
    findings += [f for t in data.touchpoints if (f := without_opportunity(ctx, t, t.id in covered))]
    findings += [f for opp in data.opportunities if (f := without_owner(ctx, opp))]
    return by_severity(findings)


def by_severity(findings: list[Finding]) -> list[Finding]:
    """Most serious first; the order within a severity stays."""
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])


def empty_phases(ctx: Context) -> list[Finding]:
    used = {t.phase for t in ctx.touchpoints.values()}
    return [
        ctx.finding("empty_phase", "warning", (phase.id,), phase=ctx.phase_name[phase.id])
        for phase in ctx.data.phase_model.phases
        if phase.id not in used
    ]


def without_opportunity(ctx: Context, tp: Touchpoint, covered: bool) -> Finding | None:
    """An emotional low or pain points that no opportunity belongs to (`covered`: one does). A low with pain points
    is reported once, as the low."""
    if covered:
        return None
    if tp.emotion is not None and tp.emotion <= -1:
        return ctx.finding("emotion_dip_without_opportunity", "warning", (tp.id,), label=tp.label,
                           score=f"{tp.emotion:+d}")
    pains = [p for p in tp.pain_points if p.strip()]
    if pains:
        return ctx.finding("pain_without_opportunity", "warning", (tp.id,), label=tp.label, count=len(pains))
    return None


def without_owner(ctx: Context, opp: Opportunity) -> Finding | None:
    """An opportunity still open that nobody owns (ids: the opportunity, then its touchpoints)."""
    if opp.owner.strip() or opp.status == "done":
        return None
    return ctx.finding("opportunity_without_owner", "info", (opp.id, *opp.touchpoint_ids), text=clip(opp.text, 80))


def clip(text: str, limit: int) -> str:
    """`text` on one line, at most `limit` characters (… at the end when shortened)."""
    line = " ".join(text.split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"


def reachability(ctx: Context) -> list[Finding]:
    """No start at all, or the touchpoints that cannot be reached from the start (one finding)."""
    entries = entry_touchpoints(ctx.data, ctx.graph)
    if not entries:
        first = ctx.data.phase_model.phases[0].id
        return [ctx.finding("no_entry", "warning", (first,), phase=ctx.phase_name[first])]
    reached = _reachable(ctx.graph, entries)
    lost = [t.id for t in ctx.data.touchpoints if t.id not in reached]
    return [unreachable(ctx, lost)] if lost else []


def unreachable(ctx: Context, lost: list[str]) -> Finding:
    names = quote_list([ctx.label(t) for t in lost[:6]], ctx.lang)  # quote_list shows five, then "…"
    return ctx.finding("unreachable", "warning", tuple(lost), count=len(lost), names=names)


def _reachable(graph: LinkGraph, starts: list[str]) -> set[str]:
    """Every node reachable from any of `starts` (one walk)."""
    succ = graph.succ
    reached, frontier = set(starts), list(starts)
    while frontier:
        node = frontier.pop()
        for nxt in succ[node]:
            if nxt not in reached:
                reached.add(nxt)
                frontier.append(nxt)
    return reached


def dead_end(ctx: Context, tp: Touchpoint) -> Finding | None:
    """A touchpoint before the last phase that no link leads on from."""
    if tp.phase == ctx.last or ctx.graph.succ[tp.id]:
        return None
    return ctx.finding("dead_end", "warning", (tp.id,), label=tp.label)


def backward_link(ctx: Context, link: Link) -> Finding | None:
    """A link into an earlier phase that is not marked as a loop-back."""
    if link.kind == "loop_back":
        return None
    source, target = ctx.touchpoints[link.source], ctx.touchpoints[link.target]
    if ctx.order[target.phase] >= ctx.order[source.phase]:
        return None
    return ctx.finding("backward_link", "warning", (link.id, link.source, link.target),
                       source=source.label, target=target.label)


def _loop_ends(data: ProjectData) -> tuple[str, str] | None:
    """(first phase, advocacy) when the phase model has an advocacy phase that can close the loop."""
    ids = data.phase_model.ids()
    return (ids[0], "advocacy") if "advocacy" in ids and ids[0] != "advocacy" else None


def open_loop(ctx: Context) -> list[Finding]:
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
