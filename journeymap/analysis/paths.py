"""Simple paths through the journey from its start to its last phase, bounded so big maps stay fast."""

from __future__ import annotations

from dataclasses import dataclass

from journeymap.analysis.graph import LinkGraph, entry_touchpoints
from journeymap.model.data import ProjectData

MAX_PATHS = 100
MAX_STEPS = 50_000  # nodes visited by the search, whatever it finds


@dataclass(frozen=True)
class PathReport:
    paths: tuple[tuple[str, ...], ...]
    capped: bool  # True when the search stopped early; more paths may exist


def journey_paths(
    data: ProjectData, graph: LinkGraph, max_paths: int = MAX_PATHS, max_steps: int = MAX_STEPS
) -> PathReport:
    """All simple paths from an entry touchpoint to a touchpoint of the last phase.

    Loop-back links are left out (they close the cycle, they are not a way forward). The search stops after
    `max_paths` paths or `max_steps` visited nodes and then says so (`capped`).
    """
    last = data.phase_model.phases[-1].id
    goals = {t.id for t in data.touchpoints if t.phase == last}
    if not goals or not data.touchpoints:
        return PathReport((), False)
    succ = graph.succ
    forward: dict[str, list[str]] = {}  # a touchpoint's next steps, for those the search reaches (few, in a big map)

    def ahead(node: str) -> list[str]:
        steps = forward.get(node)
        if steps is None:
            steps = forward[node] = sorted(
                v for v, keyed in succ[node].items() if any(d.get("kind") != "loop_back" for d in keyed.values())
            )
        return steps

    found: list[tuple[str, ...]] = []
    steps = 0
    for entry in entry_touchpoints(data, graph):
        path, on_path = [entry], {entry}
        stack = [iter(ahead(entry))]
        if entry in goals:
            found.append((entry,))
        while stack:
            if len(found) >= max_paths or steps >= max_steps:
                return PathReport(tuple(found), True)
            nxt = next(stack[-1], None)
            if nxt is None:
                stack.pop()
                on_path.discard(path.pop())
                continue
            steps += 1
            if nxt in on_path:
                continue
            if nxt in goals:
                found.append((*path, nxt))
                # a goal may lead on to other goals: keep walking
            path.append(nxt)
            on_path.add(nxt)
            stack.append(iter(ahead(nxt)))
    return PathReport(tuple(found), False)
