"""The journey as a networkx directed graph: a derived view of the project, never the stored truth."""

from __future__ import annotations

import networkx as nx

from journeymap.model.data import ProjectData


def journey_graph(data: ProjectData) -> nx.MultiDiGraph:
    """Nodes are touchpoint ids (with `phase` and `index` = phase order); edges are links (key = link id)."""
    order = {pid: i for i, pid in enumerate(data.phase_model.ids())}
    graph = nx.MultiDiGraph()
    graph.add_nodes_from((t.id, {"phase": t.phase, "index": order[t.phase]}) for t in data.touchpoints)
    graph.add_edges_from((link.source, link.target, link.id, {"kind": link.kind}) for link in data.links)
    return graph


def entry_touchpoints(data: ProjectData, graph: nx.MultiDiGraph) -> list[str]:
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
