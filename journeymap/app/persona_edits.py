"""Edits of persona paths, shared by the inspector's chips, the personas panel and the canvas's context menu.

Each function returns the changes for one `EditPersona` (one undo step), or pushes it; nothing here edits the
model directly.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject

from journeymap.commands import EditPersona
from journeymap.model import Persona, Project, Touchpoint


class PersonaTexts(QObject):
    """Undo-step names of persona path edits (a QObject so that lupdate finds them)."""

    def add_to_path(self, name: str) -> str:
        return self.tr("Add to the path of %1").replace("%1", name)

    def remove_from_path(self, name: str) -> str:
        return self.tr("Remove from the path of %1").replace("%1", name)

    def persona_emotion(self, name: str) -> str:
        return self.tr("Set the emotion of %1").replace("%1", name)


TEXTS = PersonaTexts()


def path_changes(project: Project, persona: Persona, touchpoint_ids: Iterable[str] = (),
                 link_ids: Iterable[str] = (), on: bool = True) -> dict:
    """The changes that put touchpoints and links on a persona's path (`on`) or take them off.

    New touchpoints join the path in journey order. A link on the path brings its two touchpoints with it; a
    touchpoint taken off takes the persona's links at it and the persona's own emotion there with it.
    """
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
    changes = {"touchpoint_ids": tuple(path), "link_ids": tuple(links), "emotions": emotions}
    return {key: value for key, value in changes.items() if value != getattr(persona, key)}


def emotion_changes(persona: Persona, tp: Touchpoint, score: int | None) -> dict:
    """The persona's own emotion at a touchpoint: kept only where it differs from the touchpoint's (None: none)."""
    emotions = dict(persona.emotions)
    if score is None or score == tp.emotion:
        emotions.pop(tp.id, None)
    else:
        emotions[tp.id] = score
    return {"emotions": emotions} if emotions != persona.emotions else {}


def assign(document, pid: str, touchpoint_ids: Iterable[str] = (), link_ids: Iterable[str] = (),
           on: bool = True) -> bool:
    """Put touchpoints and links on a persona's path or take them off, as one undo step; False if no change."""
    project = document.project
    persona = project.persona(pid)
    changes = path_changes(project, persona, touchpoint_ids, link_ids, on)
    if not changes:
        return False
    text = TEXTS.add_to_path(persona.name) if on else TEXTS.remove_from_path(persona.name)
    document.push(EditPersona(project, pid, changes, text=text))
    return True


def set_emotion(document, pid: str, tid: str, score: int | None) -> bool:
    """Set a persona's own emotion at a touchpoint (None or the touchpoint's own: no override), one undo step."""
    project = document.project
    persona = project.persona(pid)
    changes = emotion_changes(persona, project.touchpoint(tid), score)
    if not changes:
        return False
    document.push(EditPersona(project, pid, changes, text=TEXTS.persona_emotion(persona.name)))
    return True
