"""The rules of a persona's path, Qt-free: which touchpoints, links and own emotions an edit leaves it with.

A link on the path brings both its touchpoints with it; a touchpoint taken off the path takes the persona's links
at it and the persona's own emotion there with it. New touchpoints join the path in journey order. Each function
returns the changed fields for `Project.update_persona` (empty: nothing would change).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from journeymap.model.project import Project
    from journeymap.model.values import Persona, Touchpoint


def path_changes(project: Project, persona: Persona, touchpoint_ids: Iterable[str] = (),
                 link_ids: Iterable[str] = (), on: bool = True) -> dict[str, Any]:
    """The changes that put touchpoints and links on `persona`'s path (`on`) or take them off."""
    tids, lids = list(dict.fromkeys(touchpoint_ids)), list(dict.fromkeys(link_ids))
    path, links, emotions = list(persona.touchpoint_ids), list(persona.link_ids), dict(persona.emotions)
    if on:
        wanted = list(tids)
        for lid in lids:
            link = project.link(lid)
            wanted += [link.source, link.target]
        new = [project.touchpoint(tid) for tid in dict.fromkeys(wanted) if tid not in persona.touchpoint_ids]
        path += [tp.id for tp in project.journey_order(new)]
        links += [lid for lid in lids if lid not in persona.link_ids]
    else:
        gone_t = set(tids)
        gone_l = set(lids) | {link.id for tid in tids for link in project.links_of(tid)}
        path = [tid for tid in path if tid not in gone_t]
        links = [lid for lid in links if lid not in gone_l]
        emotions = {tid: score for tid, score in emotions.items() if tid not in gone_t}
    changes: dict[str, Any] = {"touchpoint_ids": tuple(path), "link_ids": tuple(links), "emotions": emotions}
    return {key: value for key, value in changes.items() if value != getattr(persona, key)}


def emotion_changes(persona: Persona, tp: Touchpoint, score: int | None) -> dict[str, Any]:
    """The persona's own emotion at `tp`: kept only where it differs from the touchpoint's (None: none)."""
    emotions = dict(persona.emotions)
    if score is None or score == tp.emotion:
        emotions.pop(tp.id, None)
    else:
        emotions[tp.id] = score
    return {"emotions": emotions} if emotions != persona.emotions else {}
