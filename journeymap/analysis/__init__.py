"""Journey analysis: findings, per-phase figures and paths over the journey's graph. A derived view, never stored."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from journeymap.analysis.findings import Finding, find_issues, loop_closed
from journeymap.analysis.graph import LinkGraph, Links, entry_touchpoints, journey_graph, link_graph
from journeymap.analysis.messages import say
from journeymap.analysis.paths import PathReport, journey_paths
from journeymap.analysis.stats import PhaseStats, phase_stats
from journeymap.model.data import ProjectData


@dataclass(frozen=True)
class Analysis:
    """Everything `analyse` finds in a journey."""

    findings: list[Finding]
    phases: list[PhaseStats]
    loop_closed: bool
    paths: PathReport

    def path_note(self, lang: str = "en") -> str | None:
        """A sentence saying the path list is incomplete, or None when every path was found."""
        return say("paths_capped", lang, count=len(self.paths.paths)) if self.paths.capped else None

    def to_json(self) -> dict[str, Any]:
        notes = [self.path_note()] if self.paths.capped else []
        return {
            "findings": [f.to_json() for f in self.findings],
            "phases": [p.to_json() for p in self.phases],
            "loop_closed": self.loop_closed,
            "paths": {"count": len(self.paths.paths), "capped": self.paths.capped, "notes": notes,
                      "items": [list(p) for p in self.paths.paths]},
        }


def analyse(data: ProjectData, lang: str | None = None) -> Analysis:
    """Build the journey graph once and derive findings, phase figures, the loop state and paths.

    Finding sentences are in `lang` ("de" or "en"; default: the journey's own language).
    """
    graph = link_graph(data)  # plain dicts: one analysis needs no networkx (see `graph`)
    findings = find_issues(data, graph, lang)
    paths = journey_paths(data, graph)
    return Analysis(findings, phase_stats(data), loop_closed(data), paths)


__all__ = [
    "Analysis",
    "Finding",
    "LinkGraph",
    "Links",
    "PathReport",
    "PhaseStats",
    "analyse",
    "entry_touchpoints",
    "find_issues",
    "journey_graph",
    "journey_paths",
    "link_graph",
    "phase_stats",
]
