"""Personas on the canvas: which are shown, their paths highlighted in their colours, one emotion curve each
with a legend, and the focus on one persona (everything off its path dimmed).

What is shown is view state (like zoom), not part of the journey's content: it lives in the project's `view`
(`ViewState`), so it is saved with the file and reopens as it was left, but it is no undo step and does not mark
the journey modified. The layer draws `project.view` and redraws on `view_changed`; its setters are shorthands for
`project.set_view`. It follows the model's signals after `Projection` (which built the cards and links) and
touches only what a signal concerns: a moved card costs a set lookup per shown persona and a redo of that persona's
curve piece in the card's lanes, once per event-loop turn, like the general curve.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from journeymap.canvas.items.persona_items import (
    CardRing,
    LegendEntry,
    LinkGlow,
    PersonaCurveItem,
    PersonaLegendItem,
    dim,
    persona_initials,
)
from journeymap.layout import curve_points
from journeymap.layout import theme as t
from journeymap.model import Link, Persona, Touchpoint, ViewState


class _Curve:
    """A shown persona's curve with its touchpoints per lane (phase → ids) and the lanes to redo."""

    def __init__(self, item: PersonaCurveItem) -> None:
        self.item = item
        self.lanes: dict[str, set[str]] = {}
        self.phase_of: dict[str, str] = {}
        self.dirty: set[str] = set()

    def add(self, tid: str, phase: str) -> None:
        self.lanes.setdefault(phase, set()).add(tid)
        self.phase_of[tid] = phase
        self.dirty.add(phase)

    def discard(self, tid: str) -> None:
        phase = self.phase_of.pop(tid, None)
        if phase is not None:
            self.lanes[phase].discard(tid)
            self.dirty.add(phase)


class PersonaLayer:
    """The personas' part of the canvas; `Projection` owns one and flushes it with its own deferred work."""

    def __init__(self, projection) -> None:
        self.projection = projection
        self.project = projection.project
        self.scene = projection.scene
        self._visible: tuple[str, ...] = ()
        self._values: dict[str, Persona] = {}
        self._paths: dict[str, frozenset[str]] = {}
        self._link_paths: dict[str, frozenset[str]] = {}
        self._curves: dict[str, _Curve] = {}
        self._rings: dict[str, CardRing] = {}
        self._glows: dict[str, LinkGlow] = {}
        self._focused = False  # is everything off the focused path dimmed?
        self._frame: tuple = ()
        self.legend = PersonaLegendItem()
        self.scene.addItem(self.legend)
        p = self.project
        self._connections = [
            (p.touchpoint_added, self._touchpoint_added),
            (p.touchpoint_removed, self._touchpoint_removed),
            (p.touchpoint_changed, self._touchpoint_changed),
            (p.link_added, self._link_added),
            (p.link_removed, self._link_removed),
            (p.persona_added, self._persona_added),
            (p.persona_removed, self._persona_removed),
            (p.persona_changed, self._persona_changed),
            (p.personas_reordered, self._sync),
            (p.view_changed, self._view_changed),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        if p.view != ViewState():  # a journey saved with personas shown reopens showing them
            self._sync()

    def detach(self) -> None:
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []

    # ---------------------------------------------------------------- what is shown (view state)
    @property
    def visible(self) -> tuple[str, ...]:
        """The ids of the personas drawn on the map, in persona order."""
        return self._visible

    @property
    def shown(self) -> frozenset[str]:
        """The personas marked shown (may include removed ones, so that undoing a delete shows them again)."""
        return frozenset(self.project.view.personas_shown)

    @property
    def focus(self) -> str | None:
        """The persona shown alone (others and everything off its path dimmed), or None."""
        return self.project.view.persona_focus if self._focused else None

    @property
    def general_curve(self) -> bool:
        return self.project.view.general_curve

    def set_shown(self, pid: str, on: bool = True) -> None:
        """Show or hide a persona's path and curve (beside the others shown)."""
        shown = self.project.view.personas_shown
        if on != (pid in shown):
            self.project.set_view(personas_shown=(*shown, pid) if on else tuple(p for p in shown if p != pid))

    def show_only(self, ids: Iterable[str]) -> None:
        self.project.set_view(personas_shown=tuple(dict.fromkeys(ids)))

    def set_focus(self, pid: str | None) -> None:
        """Show only this persona and dim everything off its path; None shows the personas marked shown."""
        self.project.set_view(persona_focus=pid)

    def set_general_curve(self, on: bool) -> None:
        """Show or hide the general emotion curve (muted while persona curves are shown)."""
        self.project.set_view(general_curve=on)

    def _view_changed(self, _view) -> None:
        self._sync()

    def curve(self, pid: str) -> PersonaCurveItem | None:
        entry = self._curves.get(pid)
        return entry.item if entry is not None else None

    def ring(self, tid: str) -> CardRing | None:
        return self._rings.get(tid)

    def glow(self, lid: str) -> LinkGlow | None:
        return self._glows.get(lid)

    # ---------------------------------------------------------------- (re)building
    def _sync(self) -> None:
        """Bring everything in line with the display state and the personas (after a display change, a persona
        added, removed or reordered: rare edits, so a pass over the shown paths is fine)."""
        personas = {p.id: p for p in self.project.personas}
        view = self.project.view
        focus = view.persona_focus if view.persona_focus in personas else None
        visible = (focus,) if focus else tuple(pid for pid in personas if pid in view.personas_shown)
        old_tids = set().union(*self._paths.values()) if self._paths else set()
        old_lids = set().union(*self._link_paths.values()) if self._link_paths else set()
        self._visible = visible
        self._values = {pid: personas[pid] for pid in visible}
        self._paths = {pid: frozenset(personas[pid].touchpoint_ids) for pid in visible}
        self._link_paths = {pid: frozenset(personas[pid].link_ids) for pid in visible}
        for pid in [pid for pid in self._curves if pid not in self._values]:
            self.scene.removeItem(self._curves.pop(pid).item)
        for pid in visible:
            if pid in self._curves:
                self._curves[pid].item.set_persona(personas[pid])
            else:
                self._add_curve(personas[pid])
        for z, pid in enumerate(reversed(visible)):  # the first persona's curve on top
            self._curves[pid].item.setZValue(-79 + z * 0.01)
        self._refresh_rings(old_tids.union(*self._paths.values()))
        self._refresh_glows(old_lids.union(*self._link_paths.values()))
        self._apply_focus(focus is not None)
        curve = self.projection.curve
        curve.setVisible(view.general_curve)
        curve.set_muted(bool(visible))
        self._update_legend()
        self.projection.request_flush()

    def _add_curve(self, persona: Persona) -> None:
        g = self.projection.geometry
        item = PersonaCurveItem(g.band, len(g.lanes), persona)
        entry = _Curve(item)
        for tid in persona.touchpoint_ids:
            if self.project.has_touchpoint(tid):
                entry.add(tid, self.project.touchpoint(tid).phase)
        entry.dirty = set(self.projection.lane_index)
        self._curves[persona.id] = entry
        self.scene.addItem(item)

    def _colours(self, tid: str, paths: dict[str, frozenset[str]]) -> list[str]:
        return [self._values[pid].colour for pid in self._visible if tid in paths[pid]]

    def _refresh_rings(self, tids: Iterable[str]) -> None:
        cards = self.projection.cards
        for tid in tids:
            card = cards.get(tid)
            if card is None:
                continue
            colours = self._colours(tid, self._paths)
            ring = self._rings.get(tid)
            if colours:
                if ring is None:
                    ring = self._rings[tid] = CardRing(card)
                ring.set_colours(colours)
            elif ring is not None:
                del self._rings[tid]
                _drop(ring)

    def _refresh_glows(self, lids: Iterable[str]) -> None:
        links = self.projection.links
        for lid in lids:
            item = links.get(lid)
            if item is None:
                continue
            colours = self._colours(lid, self._link_paths)
            glow = self._glows.get(lid)
            if colours:
                if glow is None:
                    glow = self._glows[lid] = LinkGlow(item)
                    self.scene.addItem(glow)
                glow.set_colours(colours)
            elif glow is not None:
                del self._glows[lid]
                self.scene.removeItem(glow)

    def _apply_focus(self, on: bool) -> None:
        """Dim everything off the focused persona's path (a pass over all cards and links: on focus changes only)."""
        if not on and not self._focused:
            return
        self._focused = on
        tids = self._paths[self._visible[0]] if on else frozenset()
        lids = self._link_paths[self._visible[0]] if on else frozenset()
        for tid, card in self.projection.cards.items():
            dim(card, on and tid not in tids)
        for lid, item in self.projection.links.items():
            dim(item, on and lid not in lids)

    def _update_legend(self) -> None:
        entries = [LegendEntry(p.colour, persona_initials(p), p.name) for p in self._values.values()]
        if entries and self.project.view.general_curve:
            entries.append(LegendEntry(t.CURVE_COLOUR, "", QCoreApplication.translate("Canvas", "General"),
                                       dashed=True))
        self.legend.set_entries(entries, self.projection.geometry.band)

    def retranslate(self) -> None:
        self.legend.set_entries((), self.projection.geometry.band)
        self._update_legend()

    # ---------------------------------------------------------------- deferred curves
    def flush(self) -> None:
        """Redo the curve pieces of the lanes that changed (all of them after the map's frame changed)."""
        g = self.projection.geometry
        model = self.project.phase_model
        frame = (g.band, model.ids())
        if frame != self._frame:
            self._frame = frame
            for entry in self._curves.values():
                entry.dirty = set(self.projection.lane_index)
            self._update_legend()
        lane_index = self.projection.lane_index
        for pid, entry in self._curves.items():
            if not entry.dirty:
                continue
            persona = self._values[pid]
            touchpoint = self.project.touchpoint
            pieces = {lane_index[phase]: curve_points(model, g.band, [touchpoint(tid) for tid in
                                                                      entry.lanes.get(phase, ())],
                                                      emotion_of=persona.emotion_at)
                      for phase in entry.dirty if phase in lane_index}
            entry.dirty = set()
            entry.item.set_lanes(g.band, pieces, count=len(lane_index))

    # ---------------------------------------------------------------- model signals
    def _touchpoint_added(self, tp: Touchpoint) -> None:
        if self._focused:
            dim(self.projection.cards[tp.id], tp.id not in self._paths[self._visible[0]])

    def _touchpoint_removed(self, tp: Touchpoint) -> None:
        self._rings.pop(tp.id, None)  # went with its card

    def _touchpoint_changed(self, new: Touchpoint, old: Touchpoint) -> None:
        moved = new.phase != old.phase or new.position != old.position
        if not moved and new.emotion == old.emotion:
            return
        for pid, entry in self._curves.items():
            if new.id in self._paths[pid]:
                if new.phase != old.phase:
                    entry.discard(new.id)
                    entry.add(new.id, new.phase)
                entry.dirty |= {old.phase, new.phase}
                self.projection.request_flush()

    def _link_added(self, link: Link) -> None:
        if self._focused:
            dim(self.projection.links[link.id], link.id not in self._link_paths[self._visible[0]])

    def _link_removed(self, link: Link) -> None:
        glow = self._glows.pop(link.id, None)
        if glow is not None:
            self.scene.removeItem(glow)

    def link_routed(self, lid: str) -> None:
        """The projection re-routed a link: its glow follows (called for every link of a dragged card)."""
        glow = self._glows.get(lid)
        if glow is not None:
            glow.sync()

    def _persona_added(self, persona: Persona) -> None:
        view = self.project.view
        if persona.id in view.personas_shown or persona.id == view.persona_focus:
            self._sync()

    def _persona_removed(self, persona: Persona) -> None:
        if persona.id in self._values:
            self._sync()

    def _persona_changed(self, new: Persona, old: Persona) -> None:
        pid = new.id
        if pid not in self._values:
            return
        self._values[pid] = new
        old_tids, old_lids = self._paths[pid], self._link_paths[pid]
        tids, lids = frozenset(new.touchpoint_ids), frozenset(new.link_ids)
        self._paths[pid], self._link_paths[pid] = tids, lids
        recolour = new.colour != old.colour
        self._refresh_rings(tids | old_tids if recolour else tids ^ old_tids)
        self._refresh_glows(lids | old_lids if recolour else lids ^ old_lids)
        if self._focused:
            cards, links = self.projection.cards, self.projection.links
            for tid in tids ^ old_tids:
                if tid in cards:
                    dim(cards[tid], tid not in tids)
            for lid in lids ^ old_lids:
                if lid in links:
                    dim(links[lid], lid not in lids)
        entry = self._curves[pid]
        for tid in old_tids - tids:
            entry.discard(tid)
        for tid in tids - old_tids:
            if self.project.has_touchpoint(tid):
                entry.add(tid, self.project.touchpoint(tid).phase)
        for tid in set(new.emotions) ^ set(old.emotions) | {
                k for k in new.emotions.keys() & old.emotions.keys() if new.emotions[k] != old.emotions[k]}:
            if tid in entry.phase_of:
                entry.dirty.add(entry.phase_of[tid])
        if (new.colour, new.name, new.initials) != (old.colour, old.name, old.initials):
            entry.item.set_persona(new)
            self._update_legend()
        if entry.dirty:
            self.projection.request_flush()


def _drop(item) -> None:
    """Remove a child item (a ring) from the scene and its parent."""
    if item.scene() is not None:
        item.scene().removeItem(item)
    else:
        item.setParentItem(None)
