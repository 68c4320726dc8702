"""Findings: what a facilitator should look at in a journey (gaps, dead ends, loops, emotional lows)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

import networkx as nx

from journeymap.analysis.graph import entry_touchpoints
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

    def to_json(self) -> dict:
        return asdict(self) | {"ids": list(self.ids)}


def find_issues(data: ProjectData, graph: nx.MultiDiGraph) -> list[Finding]:
    """All findings for a journey, most serious first, in a stable order."""
    findings: list[Finding] = []
    labels = {t.id: t.label for t in data.touchpoints}
    phases = data.phase_model.phases
    phase_name = {p.id: p.name.get(data.meta.language) or p.id for p in phases}
    used = {t.phase for t in data.touchpoints}

    for phase in phases:
        if phase.id not in used:
            findings.append(
                Finding("empty_phase", "warning", f"The phase {phase_name[phase.id]} has no touchpoint.", (phase.id,))
            )

    if data.touchpoints:
        findings += _reachability(data, graph, labels, phase_name)
        findings += _dead_ends(data, graph, labels)
        findings += _backward_links(data, labels)
        findings += _loop(data, graph, phase_name)
    for tp in data.touchpoints:
        if tp.emotion is not None and tp.emotion <= -1 and not any(i.strip() for i in tp.ideas):
            findings.append(
                Finding(
                    "emotion_dip_without_idea",
                    "warning",
                    f"The customer feels bad at {tp.label!r} ({tp.emotion:+d}) and no idea is recorded to improve it.",
                    (tp.id,),
                )
            )
    return sorted(findings, key=lambda f: SEVERITY_ORDER[f.severity])


def _reachability(data, graph, labels, phase_name) -> list[Finding]:
    entries = entry_touchpoints(data, graph)
    if not entries:
        first = data.phase_model.phases[0].id
        return [
            Finding(
                "no_entry",
                "warning",
                f"No touchpoint is in the first phase ({phase_name[first]}), so the journey has no start.",
                (first,),
            )
        ]
    reached = _reachable(graph, entries)
    lost = [t.id for t in data.touchpoints if t.id not in reached]
    if not lost:
        return []
    names = ", ".join(repr(labels[t]) for t in lost[:5]) + (" …" if len(lost) > 5 else "")
    return [
        Finding(
            "unreachable",
            "warning",
            f"{len(lost)} touchpoint(s) cannot be reached from the start of the journey: {names}.",
            tuple(lost),
        )
    ]


def _reachable(graph: nx.MultiDiGraph, starts: list[str]) -> set[str]:
    """Every node reachable from any of `starts` (one breadth-first walk)."""
    reached, frontier = set(starts), list(starts)
    while frontier:
        node = frontier.pop()
        for succ in graph.successors(node):
            if succ not in reached:
                reached.add(succ)
                frontier.append(succ)
    return reached


def _dead_ends(data, graph, labels) -> list[Finding]:
    last = data.phase_model.phases[-1].id
    ends = [t.id for t in data.touchpoints if t.phase != last and graph.out_degree(t.id) == 0]
    return [
        Finding("dead_end", "warning", f"The journey stops at {labels[tid]!r}: no link leads on from it.", (tid,))
        for tid in ends
    ]


def _backward_links(data, labels) -> list[Finding]:
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    phase_of = {t.id: t.phase for t in data.touchpoints}
    out = []
    for link in data.links:
        if link.kind != "loop_back" and order[phase_of[link.target]] < order[phase_of[link.source]]:
            out.append(
                Finding(
                    "backward_link",
                    "warning",
                    f"The link from {labels[link.source]!r} to {labels[link.target]!r} goes back to an earlier "
                    "phase; mark it as a loop-back if that is intended.",
                    (link.id, link.source, link.target),
                )
            )
    return out


def _loop_ends(data: ProjectData) -> tuple[str, str] | None:
    """(first phase, advocacy) when the phase model has an advocacy phase that can close the loop."""
    ids = data.phase_model.ids()
    return (ids[0], "advocacy") if "advocacy" in ids and ids[0] != "advocacy" else None


def _loop(data, graph, phase_name) -> list[Finding]:
    """Is the advocacy → attention loop closed (a link from advocacy back to the first phase)?"""
    ends = _loop_ends(data)
    if ends is None:
        return []
    first, last = ends
    in_last = [t.id for t in data.touchpoints if t.phase == last]
    if not in_last or loop_closed(data):
        return []
    return [
        Finding(
            "loop_open",
            "info",
            f"No link leads from {phase_name[last]} back to {phase_name[first]}: recommendations do not "
            "yet bring new customers into the journey.",
            tuple(in_last),
        )
    ]


def loop_closed(data: ProjectData) -> bool:
    """True when some link runs from an advocacy touchpoint back to a first-phase one."""
    ends = _loop_ends(data)
    if ends is None:
        return False
    first, last = ends
    phase_of = {t.id: t.phase for t in data.touchpoints}
    return any(phase_of[link.source] == last and phase_of[link.target] == first for link in data.links)
