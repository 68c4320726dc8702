"""Copy and paste of touchpoints, the links between them and their opportunities.

The clipboard holds a small `.journey` document (MIME `application/x-journeymap-items`), so a paste goes
through the same validation and limits as opening a file. Pasted items get new ids and free slots, and are
added as one `AddItems` step. An opportunity travels with the copied touchpoints it belongs to (and only with
those: the copy of an opportunity that also belonged to touchpoints left behind belongs to the copies only).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMimeData

from journeymap.commands import AddItems
from journeymap.fileformat import LoadError, dumps, loads
from journeymap.layout import free_slot_among
from journeymap.model import Link, Project, ProjectData, Touchpoint, new_id

ITEMS_MIME = "application/x-journeymap-items"


def copy_items(project: Project, touchpoint_ids: Iterable[str]) -> QMimeData | None:
    """The touchpoints and the links among them as clipboard data (None when nothing is selected)."""
    ids = [tid for tid in dict.fromkeys(touchpoint_ids) if project.has_touchpoint(tid)]
    if not ids:
        return None
    chosen = set(ids)
    touchpoints = tuple(project.touchpoint(tid) for tid in ids)
    links = tuple(
        link for link in project.links if link.source in chosen and link.target in chosen
    )
    opportunities = tuple(
        opp.model_copy(update={"touchpoint_ids": tuple(t for t in opp.touchpoint_ids if t in chosen)})
        for opp in project.opportunities if not chosen.isdisjoint(opp.touchpoint_ids)
    )
    data = ProjectData(meta=project.meta, phase_model=project.phase_model, touchpoints=touchpoints, links=links,
                       opportunities=opportunities)
    mime = QMimeData()
    mime.setData(ITEMS_MIME, dumps(data))
    mime.setText("\n".join(tp.label for tp in touchpoints))
    return mime


def can_paste(mime: QMimeData | None) -> bool:
    return mime is not None and mime.hasFormat(ITEMS_MIME)


def paste_command(project: Project, mime: QMimeData | None, fallback_phase: str | None = None) -> AddItems | None:
    """An `AddItems` command for the clipboard's items with new ids and free slots, or None (the caller may
    rename the step, e.g. "Paste 2 touchpoints").

    Touchpoints from a phase this journey lacks go to `fallback_phase` (default: the first phase).
    Control characters in the pasted texts are stripped (the clipboard may come from anywhere).
    Raises `LoadError` when the clipboard holds something that is not valid journey data.
    """
    if mime is None or not can_paste(mime):
        return None
    data = loads(bytes(mime.data(ITEMS_MIME).data()), strip_controls=True)
    if not data.touchpoints:
        return None
    phases = project.phase_model.ids()
    fallback = fallback_phase if fallback_phase in phases else phases[0]
    taken: dict[str, set[int]] = {}  # whole slots taken per lane, kept up to date as cards are placed
    for tp in project.touchpoints:
        taken.setdefault(tp.phase, set()).add(round(tp.position))
    new_ids: dict[str, str] = {}
    pasted: list[Touchpoint] = []
    for tp in sorted(data.touchpoints, key=lambda t: t.position):
        phase = tp.phase if tp.phase in phases else fallback
        slot = free_slot_among(taken.setdefault(phase, set()), tp.position)
        taken[phase].add(round(slot))
        new_ids[tp.id] = new_id("tp")
        pasted.append(tp.model_copy(update={"id": new_ids[tp.id], "phase": phase, "position": slot}))
    order = {new_ids[tp.id]: i for i, tp in enumerate(data.touchpoints)}
    pasted.sort(key=lambda t: order[t.id])
    links = [
        Link(id=new_id("ln"), source=new_ids[link.source], target=new_ids[link.target], label=link.label,
             kind=link.kind)
        for link in data.links
        if link.source in new_ids and link.target in new_ids
    ]
    opportunities = [
        opp.model_copy(update={"id": new_id("op"),
                               "touchpoint_ids": tuple(new_ids[t] for t in opp.touchpoint_ids if t in new_ids)})
        for opp in data.opportunities
    ]
    return AddItems(project, pasted, links, opportunities=opportunities)


__all__ = ["ITEMS_MIME", "LoadError", "can_paste", "copy_items", "paste_command"]
