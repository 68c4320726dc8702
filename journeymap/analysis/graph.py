"""The journey's links as a graph: a derived view of the project, never the stored truth.

Two shapes of the same adjacency: `journey_graph`, a networkx `MultiDiGraph` (the live findings patch it edit by
edit), and `link_graph`, plain dicts for a one-off analysis (`analyse`, `journeymap check`: no networkx to import,
a tenth of the time to build). The checks read only what both have, `succ[source][target][link id]` and
`pred[target][source][link id]` → the link's data (`{"kind": …}`), the `LinkGraph` protocol.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from journeymap.model.data import ProjectData

if TYPE_CHECKING:
    import networkx as nx

Adjacency = Mapping[str, Mapping[str, Mapping[str, Mapping[str, Any]]]]


class LinkGraph(Protocol):
    """What the checks read of a journey graph (networkx's adjacency views have this shape)."""

    @property
    def succ(self) -> Adjacency: ...

    @property
    def pred(self) -> Adjacency: ...


@dataclass(frozen=True)
class Links:
    """A journey's links by touchpoint, in plain dicts shaped like networkx's adjacency (see the module)."""

    succ: dict[str, dict[str, dict[str, Mapping[str, Any]]]] = field(default_factory=dict)
    pred: dict[str, dict[str, dict[str, Mapping[str, Any]]]] = field(default_factory=dict)


def link_graph(data: ProjectData) -> Links:
    """Every touchpoint with its links in and out, in the journey's order (as `journey_graph` has them)."""
    succ: dict[str, dict[str, dict[str, Mapping[str, Any]]]] = {t.id: {} for t in data.touchpoints}
    pred: dict[str, dict[str, dict[str, Mapping[str, Any]]]] = {tid: {} for tid in succ}
    kinds: dict[str, Mapping[str, Any]] = {}  # one read-only data dict per kind, shared by its links
    for link in data.links:
        source, target, kind = link.source, link.target, link.kind
        shown = kinds.get(kind)
        if shown is None:
            shown = kinds[kind] = {"kind": kind}
        out, into = succ[source], pred[target]
        if target in out:
            out[target][link.id] = shown
            into[source][link.id] = shown
        else:
            out[target] = {link.id: shown}
            into[source] = {link.id: shown}
    return Links(succ, pred)


def journey_graph(data: ProjectData) -> nx.MultiDiGraph:
    """Nodes are touchpoint ids (with `phase` and `index` = phase order); edges are links (key = link id)."""
    import networkx as nx

    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((t.id, {"phase": t.phase, "index": order[t.phase]}) for t in data.touchpoints)
    graph.add_edges_from((link.source, link.target, link.id, {"kind": link.kind}) for link in data.links)
    return graph


def entry_touchpoints(data: ProjectData, graph: LinkGraph) -> list[str]:
    """Where journeys start: first-phase touchpoints that nothing leads to except loop-backs.

    If every first-phase touchpoint has an incoming step, all of them count as entries.
    """
    first = data.phase_model.phases[0].id
    in_first = [t.id for t in data.touchpoints if t.phase == first]
    pred = graph.pred  # node → predecessor → link id → edge data
    starts = [
        tid
        for tid in in_first
        if all(d.get("kind") == "loop_back" for keyed in pred[tid].values() for d in keyed.values())
    ]
    return starts or in_first
