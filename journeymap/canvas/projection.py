"""The canvas as a projection of the model: items built from the project and updated from its signals.

Each signal touches only what it concerns (one card, its links, its lane's count); work that depends on many
cards — the emotion curve and the lanes' height — is marked dirty and done once on the next event-loop turn,
however many signals arrived (a drag of 50 cards is one flush, not 50).
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
from collections.abc import Callable, Iterable

from PySide6.QtCore import QPointF, QTimer
from PySide6.QtWidgets import QGraphicsScene

from journeymap.canvas.icons import FALLBACK_ICON
from journeymap.canvas.items.card import CardItem
from journeymap.canvas.items.card_parts import PersonaMark
from journeymap.canvas.items.emotion import EmotionCurveItem
from journeymap.canvas.items.lanes import EmotionBandItem, LaneItem
from journeymap.canvas.items.link import LinkItem
from journeymap.canvas.items.persona_items import persona_initials
from journeymap.canvas.link_labels import LinkLabels
from journeymap.canvas.persona_layer import PersonaLayer
from journeymap.canvas.slots import SlotIndex
from journeymap.layout import Rect, card_rect, lane_curve_points, link_path, map_geometry
from journeymap.layout import theme as t
from journeymap.layout.geometry import Cubic, MapGeometry
from journeymap.model import Link, Meta, Persona, PhaseModel, Project, Touchpoint
from journeymap.model.signals import Signal

# A big map takes a moment to build: projections built inside `reporting_build(report)` call `report(done, total)`
# every BUILD_STEP items, so that opening a big file can show progress and keep the window painting meanwhile.
BUILD_STEP = 250
_report: Callable[[int, int], None] | None = None


@contextlib.contextmanager
def reporting_build(report: Callable[[int, int], None]):
    global _report
    previous, _report = _report, report
    try:
        yield
    finally:
        _report = previous


class LaneScores:
    """One lane's assessed touchpoints in the emotion curve's order (position, then arrival, as
    `layout.curve_points` orders them), kept in order as they change: a moved card is one removal and one
    insertion, not a sort of the lane."""

    _arrivals = itertools.count()

    def __init__(self) -> None:
        self.keys: list[tuple[float, int]] = []  # (position, arrival), sorted
        self.scores: list[int] = []  # the emotion of each, in the same order
        self._key_of: dict[str, tuple[float, int]] = {}

    def put(self, tid: str, position: float, score: int) -> None:
        """Add the touchpoint (again: it arrives anew, like a value set again in a dict)."""
        self.remove(tid)
        key = self._key_of[tid] = (position, next(self._arrivals))
        at = bisect.bisect_right(self.keys, key)
        self.keys.insert(at, key)
        self.scores.insert(at, score)

    def remove(self, tid: str) -> bool:
        key = self._key_of.pop(tid, None)
        if key is None:
            return False
        at = bisect.bisect_left(self.keys, key)
        del self.keys[at]
        del self.scores[at]
        return True


class Projection:
    """Keeps one item per lane, touchpoint and link in `scene`, in step with `project`."""

    def __init__(self, scene: QGraphicsScene, project: Project, catalogue=None, lang: str = "de",
                 on_card_hover: Callable[[CardItem, bool], None] | None = None,
                 on_geometry: Callable[[], None] | None = None,
                 on_card_moved: Callable[[], None] | None = None,
                 on_removing: Callable[[bool], None] | None = None) -> None:
        """`on_removing(True)` comes before the first item a model change removes, `on_removing(False)` when that
        change is complete (the model's `changed`): Qt announces the selection after each selected item it loses,
        which the scene holds back in between."""
        self.scene = scene
        self.project = project
        self.catalogue = catalogue
        self.lang = lang
        self.cards: dict[str, CardItem] = {}
        self.links: dict[str, LinkItem] = {}
        self._rects: dict[str, Rect] = {}  # each card's place as the model has it (a drag moves only the item)
        self.lanes: dict[str, LaneItem] = {}
        self.lane_index: dict[str, int] = {}
        self.slots = SlotIndex()
        self.labels = LinkLabels()
        self._on_card_hover = on_card_hover
        self._on_geometry = on_geometry
        self._on_card_moved = on_card_moved
        self._on_removing = on_removing
        self._removing = False
        self._scores: dict[str, LaneScores] = {}  # lane (phase) → its assessed touchpoints in curve order
        self._curve_lanes: set[str] = set()  # lanes whose piece of the emotion curve must be redone
        self._paths: dict[str, frozenset[str]] = {p.id: frozenset(p.touchpoint_ids) for p in project.personas}
        self._dirty: set[str] = set()
        self._dirty_counts: set[str] = set()
        self._timer = QTimer(scene)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        for tp in project.touchpoints:
            self.slots.place(tp.id, tp.phase, tp.position)
        self._rows = self.slots.rows()
        self._min_height = 0.0  # the view's wish: lanes at least this tall (`set_min_height`)
        self.geometry: MapGeometry = map_geometry(project.phase_model, self._rows)
        self._build_lanes(project.phase_model)
        self.band = EmotionBandItem(self.geometry.band)
        self.curve = EmotionCurveItem(self.geometry.band, len(self.lanes))
        scene.addItem(self.band)
        scene.addItem(self.curve)
        report, total = _report, len(project.touchpoints) + len(project.links)
        for done, tp in enumerate(project.touchpoints, 1):
            self._add_card(tp)
            if report is not None and done % BUILD_STEP == 0:
                report(done, total)
        elsewhere = self._drawn_elsewhere()
        for done, link in enumerate(project.links, len(project.touchpoints) + 1):
            self._add_link(link, elsewhere)
            if report is not None and done % BUILD_STEP == 0:
                report(done, total)
        self._connections: list[tuple[Signal, Callable[..., None]]] = [
            (project.touchpoint_added, self._touchpoint_added),
            (project.touchpoint_removed, self._touchpoint_removed),
            (project.touchpoint_changed, self._touchpoint_changed),
            (project.link_added, self._add_link),
            (project.link_removed, self._link_removed),
            (project.link_changed, self._link_changed),
            (project.persona_added, self._persona_added),
            (project.persona_removed, self._persona_removed),
            (project.persona_changed, self._persona_changed),
            (project.personas_reordered, self._personas_reordered),
            (project.phases_changed, self._phases_changed),
            (project.meta_changed, self._meta_changed),
            (project.changed, self._change_done),
        ]
        for signal, slot in self._connections:
            signal.connect(slot)
        self.personas = PersonaLayer(self)  # after the connections above: it follows the model after us
        self._dirty |= {"curve", "rows"}
        self._dirty_counts |= set(self.lanes)
        self.flush()

    def detach(self) -> None:
        """Stop following the project (call before dropping the scene while the project lives on)."""
        for signal, slot in self._connections:
            signal.disconnect(slot)
        self._connections = []
        self._removing = False
        self.personas.detach()
        with contextlib.suppress(RuntimeError):  # the scene (the timer's parent) is being destroyed
            self._timer.stop()

    # ---------------------------------------------------------------- geometry helpers
    def card_position(self, phase: str, position: float) -> QPointF:
        r = card_rect(self.lane_index[phase], position)
        return QPointF(r.x, r.y)

    def model_route(self, link: Link) -> tuple[Cubic, ...]:
        """The route of a link between its cards' places in the model (plain floats: a new link, a big build)."""
        return link_path(self._rects[link.source], self._rects[link.target], link.kind == "loop_back")

    def route(self, link: Link) -> tuple[Cubic, ...]:
        """The route of a link between its cards' current places (follows cards being dragged)."""
        a, b = self.cards[link.source].pos(), self.cards[link.target].pos()
        return link_path(Rect(a.x(), a.y(), t.CARD_WIDTH, t.CARD_HEIGHT),
                         Rect(b.x(), b.y(), t.CARD_WIDTH, t.CARD_HEIGHT), link.kind == "loop_back")

    def refresh_links(self, tids: Iterable[str]) -> None:
        """Re-route the links of these touchpoints (each once)."""
        done: set[str] = set()
        for tid in tids:
            for link in self.project.links_of(tid):
                if link.id not in done:
                    done.add(link.id)
                    self.links[link.id].set_route(self.route(link))
                    self.personas.link_routed(link.id)
        self.labels.cards_moved(self.cards[tid] for tid in tids if tid in self.cards)
        for lid in done:
            self.labels.link_routed(self.links[lid])

    def natural_height(self) -> float:
        """How tall the map is without stretching: as its cards need."""
        return map_geometry(self.project.phase_model, self.slots.rows()).height

    @property
    def min_height(self) -> float:
        return self._min_height

    def set_min_height(self, height: float) -> None:
        """Stretch the lanes so the map is at least `height` tall (0: as tall as its cards need), now."""
        height = max(0.0, height)
        if abs(height - self._min_height) > 0.01:
            self._min_height = height
            self._dirty |= {"rows", "geometry"}
            self.flush()

    def lane_colour(self, phase: str) -> str:
        return self.geometry.lanes[self.lane_index[phase]].colour

    # ---------------------------------------------------------------- deferred work
    def request_flush(self) -> None:
        """Do the deferred work on the next event-loop turn (the persona layer's curves use it)."""
        if not self._timer.isActive():
            self._timer.start()

    def _mark(self, what: str) -> None:
        self._dirty.add(what)
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        """Do the deferred work now: lanes' height, the lanes' card counts, the link handle, the emotion curve."""
        self._timer.stop()
        dirty, self._dirty = self._dirty, set()
        if "rows" in dirty:
            rows = self.slots.rows()
            if rows != self._rows or "geometry" in dirty:
                self._rows = rows
                self.geometry = map_geometry(self.project.phase_model, rows, self._min_height)
                for lane in self.geometry.lanes:
                    self.lanes[lane.phase_id].set_lane(lane)
                self.band.set_band(self.geometry.band)
                dirty.add("curve")
                if self._on_geometry:
                    self._on_geometry()
        counts, self._dirty_counts = self._dirty_counts, set()
        for phase in counts:
            if phase in self.lanes:
                self.lanes[phase].header.set_count(self.slots.count(phase))
        if "handle" in dirty and self._on_card_moved:
            self._on_card_moved()
        if "curve" in dirty or self._curve_lanes:
            lanes = set(self.lanes) if "curve" in dirty else self._curve_lanes
            self._curve_lanes = set()
            band = self.geometry.band
            index, scores = self.lane_index, self._scores
            pieces = {index[phase]: lane_curve_points(index[phase], band, scores[phase].scores if phase in scores
                                                      else ())
                      for phase in lanes if phase in index}
            self.curve.set_lanes(band, pieces, count=len(self.lanes))
        self.personas.flush()

    # ---------------------------------------------------------------- lanes
    def _build_lanes(self, model: PhaseModel) -> None:
        for item in self.lanes.values():
            self.scene.removeItem(item)
        self.lanes = {}
        self.lane_index = {phase.id: i for i, phase in enumerate(model.phases)}
        for lane, phase in zip(self.geometry.lanes, model.phases, strict=False):
            item = LaneItem(lane)
            item.header.set_texts(phase.name.get(self.lang), phase.subtitle.get(self.lang))
            self.lanes[phase.id] = item
            self.scene.addItem(item)

    def _phases_changed(self, model: PhaseModel) -> None:
        self.geometry = map_geometry(model, self._rows, self._min_height)
        self._build_lanes(model)
        for card in self.cards.values():
            self._place_card(card, card.touchpoint)
        for item in self.links.values():
            item.set_route(self.route(item.link))
            self.personas.link_routed(item.lid)
        self.labels.relayout()
        self._dirty_counts |= set(self.lanes)
        self._mark("rows")
        self._mark("geometry")
        self._mark("curve")

    # ---------------------------------------------------------------- touchpoints
    def _icon(self, tp: Touchpoint) -> str:
        entry = self.catalogue.find(tp.catalogue_id) if self.catalogue is not None else None
        return entry.icon if entry is not None else FALLBACK_ICON

    def fit_message(self, tp: Touchpoint) -> str | None:
        """The phase-fit hint for a touchpoint, or None when the guide suggests it for its lane."""
        if self.catalogue is None or not tp.catalogue_id:
            return None
        fit = self.catalogue.fits_phase(tp.catalogue_id, tp.phase)
        return None if fit.fits else fit.message(self.lang)

    def _persona_colours(self, tid: str) -> list[PersonaMark]:
        return [PersonaMark(p.colour, persona_initials(p)) for p in self.project.personas
                if tid in self._paths.get(p.id, ())]

    def _place_card(self, card: CardItem, tp: Touchpoint) -> None:
        """Put a card where its touchpoint is, with the strip, icon and phase-fit hint that go with its lane."""
        self._move_card(card, tp)
        card.set_look(*self._look(tp))
        card.set_fit_hint(self.fit_message(tp))

    def _move_card(self, card: CardItem, tp: Touchpoint) -> None:
        r = self._rects[tp.id] = card_rect(self.lane_index[tp.phase], tp.position)
        card.setPos(r.x, r.y)
        self.labels.card_moved(card)

    def _look(self, tp: Touchpoint) -> tuple[str, str]:
        """A card's strip colour and icon."""
        return t.ANALOGUE_STRIP if tp.kind == "analogue" else self.lane_colour(tp.phase), self._icon(tp)

    def _meta_changed(self, meta: Meta) -> None:
        for card in self.cards.values():  # labels are hyphenated in the journey's language
            card.set_language(meta.language)

    def _add_card(self, tp: Touchpoint) -> None:
        card = CardItem(tp, *self._look(tp), self.project.meta.language, self.fit_message(tp))
        card.on_hover = self._on_card_hover
        self._move_card(card, tp)  # (`_place_card` without the look and hint, which the card was made with)
        if self._paths:
            card.set_personas(self._persona_colours(tp.id))
        self.cards[tp.id] = card
        self.scene.addItem(card)
        if tp.emotion is not None:
            self._lane_scores(tp.phase).put(tp.id, tp.position, tp.emotion)

    def _touchpoint_added(self, tp: Touchpoint) -> None:
        self.slots.place(tp.id, tp.phase, tp.position)
        self._add_card(tp)
        self._dirty_counts.add(tp.phase)
        self._mark("rows")
        if tp.emotion is not None:
            self._curve_changed(tp.phase)

    def _removal_starts(self) -> None:
        if not self._removing and self._on_removing is not None:
            self._removing = True
            self._on_removing(True)

    def _change_done(self) -> None:
        if self._removing:
            self._removing = False
            if self._on_removing is not None:
                self._on_removing(False)

    def _touchpoint_removed(self, tp: Touchpoint) -> None:
        self._removal_starts()
        card = self.cards.pop(tp.id)
        self._rects.pop(tp.id, None)
        card.on_hover = None
        self.scene.removeItem(card)
        self.labels.card_removed(tp.id)
        self.slots.remove(tp.id, tp.phase)
        self._dirty_counts.add(tp.phase)
        self._mark("rows")
        if tp.phase in self._scores and self._scores[tp.phase].remove(tp.id):
            self._curve_changed(tp.phase)
        self._mark("handle")

    def _touchpoint_changed(self, new: Touchpoint, old: Touchpoint) -> None:
        card = self.cards[new.id]
        card.set_touchpoint(new)
        moved = (new.phase, new.position) != (old.phase, old.position)
        if moved:
            self.slots.move(new.id, (old.phase, old.position), (new.phase, new.position))
            self._dirty_counts |= {old.phase, new.phase}
            self._mark("rows")
        if moved or new.kind != old.kind or new.catalogue_id != old.catalogue_id:
            self._place_card(card, new)
        if moved:
            self.refresh_links([new.id])
            self._mark("handle")
        if old.phase in self._scores:
            self._scores[old.phase].remove(old.id)
        if new.emotion is not None:
            self._lane_scores(new.phase).put(new.id, new.position, new.emotion)
        if (new.emotion is not None or old.emotion is not None) and (new.emotion != old.emotion or moved):
            self._curve_changed(old.phase)
            self._curve_changed(new.phase)

    def _lane_scores(self, phase: str) -> LaneScores:
        scores = self._scores.get(phase)
        if scores is None:
            scores = self._scores[phase] = LaneScores()
        return scores

    def _curve_changed(self, phase: str) -> None:
        self._curve_lanes.add(phase)
        if not self._timer.isActive():
            self._timer.start()

    # ---------------------------------------------------------------- links
    def _add_link(self, link: Link, drawn_elsewhere: bool | None = None) -> None:
        """A new link's item (`drawn_elsewhere`: the scene's, when the caller asked it already)."""
        item = LinkItem(link, self.model_route(link))
        if self._drawn_elsewhere() if drawn_elsewhere is None else drawn_elsewhere:
            item.set_drawn_elsewhere(True)  # drawn by the scene's batch or overview item
        self.links[link.id] = item
        self.scene.addItem(item)
        if link.label:  # (a new link without a label has none to place: `LinkLabels` learns of it when it gets one)
            self.labels.link_routed(item)

    def _drawn_elsewhere(self) -> bool:
        return getattr(self.scene, "links_batched", False) or getattr(self.scene, "overview", False)

    def _link_removed(self, link: Link) -> None:
        self._removal_starts()
        self.scene.removeItem(self.links.pop(link.id))
        self.labels.link_removed(link.id)

    def _link_changed(self, new: Link, old: Link) -> None:
        item = self.links[new.id]
        item.set_link(new)
        if new.kind != old.kind:
            item.set_route(self.route(new))
            self.personas.link_routed(new.id)
        if new.kind != old.kind or new.label != old.label:
            self.labels.link_routed(item)

    # ---------------------------------------------------------------- personas
    def _refresh_dots(self, tids: Iterable[str]) -> None:
        for tid in tids:
            card = self.cards.get(tid)
            if card is not None:
                card.set_personas(self._persona_colours(tid))

    def _persona_added(self, persona: Persona) -> None:
        self._paths[persona.id] = frozenset(persona.touchpoint_ids)
        self._refresh_dots(persona.touchpoint_ids)

    def _persona_removed(self, persona: Persona) -> None:
        self._paths.pop(persona.id, None)
        self._refresh_dots(persona.touchpoint_ids)

    def _persona_changed(self, new: Persona, old: Persona) -> None:
        self._paths[new.id] = frozenset(new.touchpoint_ids)
        if new.colour != old.colour or persona_initials(new) != persona_initials(old):
            self._refresh_dots(set(new.touchpoint_ids) | set(old.touchpoint_ids))
        else:
            self._refresh_dots(set(new.touchpoint_ids) ^ set(old.touchpoint_ids))

    def _personas_reordered(self) -> None:
        self._refresh_dots(set().union(*self._paths.values()) if self._paths else ())

    # ---------------------------------------------------------------- language
    def set_language(self, lang: str) -> None:
        """Lane headers and phase-fit tooltips in another language."""
        self.lang = lang
        for phase in self.project.phase_model.phases:
            self.lanes[phase.id].header.set_texts(phase.name.get(lang), phase.subtitle.get(lang))
        for card in self.cards.values():
            if card.hint is not None:
                card.set_fit_hint(self.fit_message(card.touchpoint))
        self.band.retranslate()  # (links and cards make their tooltips when shown: nothing to redo)
        self.personas.retranslate()
