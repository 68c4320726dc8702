"""The `Project` aggregate: the one owner of every change to a journey.

Each mutating method validates its input, changes the state, and emits a small signal, then `changed`.
Values are immutable pydantic models; methods that remove things return what they removed so that an undo
command can put it back exactly (`restore`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from journeymap.model.data import ProjectData, ViewState
from journeymap.model.editing import ModelError, insert, insert_all, new_id, revalidate
from journeymap.model.limits import MAX_LINKS, MAX_PERSONAS, MAX_TOUCHPOINTS
from journeymap.model.lineage import Lineage
from journeymap.model.project_opportunities import OpportunityEdits
from journeymap.model.project_phases import PhaseChange, PhaseEdits
from journeymap.model.signals import GroupedSignal, Signal
from journeymap.model.values import Link, Meta, Opportunity, Persona, PhaseModel, Touchpoint

__all__ = ["ModelError", "PhaseChange", "Project", "Removal", "new_id"]


@dataclass(frozen=True)
class Removal:
    """What a removal took out, with enough context to restore it exactly."""

    touchpoints: tuple[tuple[int, Touchpoint], ...] = ()  # (index in project order, value)
    links: tuple[tuple[int, Link], ...] = ()
    personas: tuple[Persona, ...] = ()  # persona values before their path lost the removed ids
    opportunities: tuple[Opportunity, ...] = ()  # opportunity values before they lost the removed touchpoints


class Project(PhaseEdits, OpportunityEdits):
    """A customer journey: phases, touchpoints, links, personas, opportunities and metadata."""

    def __init__(self, data: ProjectData | None = None) -> None:
        data = data or ProjectData()
        self._meta: Meta = data.meta
        self._phase_model: PhaseModel = data.phase_model
        self._touchpoints: dict[str, Touchpoint] = {t.id: t for t in data.touchpoints}
        self._links: dict[str, Link] = {link.id: link for link in data.links}
        self._personas: dict[str, Persona] = {p.id: p for p in data.personas}
        self._opportunities: dict[str, Opportunity] = {o.id: o for o in data.opportunities}
        self._answers: dict[str, int] = dict(data.answers)
        self._view: ViewState = data.view
        self._lineage: Lineage = data.lineage
        self._links_of: dict[str, set[str]] = {tid: set() for tid in self._touchpoints}
        for link in self._links.values():
            self._index_link(link)

        self.touchpoint_added = Signal()  # (Touchpoint)
        self.touchpoint_removed = Signal()  # (Touchpoint)
        self.touchpoint_changed = Signal()  # (new Touchpoint, old Touchpoint)
        self.link_added = Signal()  # (Link)
        self.link_removed = Signal()  # (Link)
        self.link_changed = Signal()  # (new Link, old Link)
        self.persona_added = Signal()  # (Persona)
        self.persona_removed = Signal()  # (Persona)
        self.persona_changed = Signal()  # (new Persona, old Persona)
        self.personas_reordered = Signal()  # ()
        self.opportunity_added = Signal()  # (Opportunity)
        self.opportunity_removed = Signal()  # (Opportunity)
        self.opportunity_changed = Signal()  # (new Opportunity, old Opportunity)
        self.meta_changed = Signal()  # (Meta)
        self.phases_changed = Signal()  # (PhaseModel)
        self.answers_changed = Signal()  # (dict)
        self.view_changed = Signal()  # (ViewState); view state only, so no `changed` follows
        self.changed = GroupedSignal()  # () after any change; once for a group of changes (`changes`)

    # ---------------------------------------------------------------- queries
    @property
    def meta(self) -> Meta:
        return self._meta

    @property
    def phase_model(self) -> PhaseModel:
        return self._phase_model

    @property
    def view(self) -> ViewState:
        """How the map shows the personas (may name personas removed since; `to_data` leaves those out)."""
        return self._view

    @property
    def lineage(self) -> Lineage:
        """Where the journey comes from (`model.lineage`): kept with the file, no content, no signal."""
        return self._lineage

    def set_lineage(self, lineage: Lineage) -> Lineage:
        """Record a new ancestry (on saving, merging, or making a to-be version); returns the old one."""
        old, self._lineage = self._lineage, lineage
        return old

    @property
    def touchpoints(self) -> tuple[Touchpoint, ...]:
        return tuple(self._touchpoints.values())

    @property
    def links(self) -> tuple[Link, ...]:
        return tuple(self._links.values())

    @property
    def personas(self) -> tuple[Persona, ...]:
        return tuple(self._personas.values())

    @property
    def answers(self) -> dict[str, int]:
        return dict(self._answers)

    def touchpoint(self, tid: str) -> Touchpoint:
        try:
            return self._touchpoints[tid]
        except KeyError:
            raise ModelError(f"there is no touchpoint {tid!r}") from None

    def link(self, lid: str) -> Link:
        try:
            return self._links[lid]
        except KeyError:
            raise ModelError(f"there is no link {lid!r}") from None

    def persona(self, pid: str) -> Persona:
        try:
            return self._personas[pid]
        except KeyError:
            raise ModelError(f"there is no persona {pid!r}") from None

    def has_touchpoint(self, tid: str) -> bool:
        return tid in self._touchpoints

    def has_link(self, lid: str) -> bool:
        return lid in self._links

    def links_of(self, tid: str) -> tuple[Link, ...]:
        """Links that start or end at a touchpoint (without scanning all links)."""
        return tuple(self._links[lid] for lid in self._links_of.get(tid, ()))

    def touchpoints_in(self, phase_id: str) -> list[Touchpoint]:
        """The touchpoints of one lane, top to bottom."""
        return sorted((t for t in self._touchpoints.values() if t.phase == phase_id), key=lambda t: t.position)

    def journey_order(self, touchpoints: Iterable[Touchpoint] | None = None) -> list[Touchpoint]:
        """Touchpoints in journey order: by phase, then top to bottom within the lane."""
        order = {pid: i for i, pid in enumerate(self._phase_model.ids())}
        items = self._touchpoints.values() if touchpoints is None else touchpoints
        return sorted(items, key=lambda t: (order.get(t.phase, len(order)), t.position))

    def next_free_position(self, phase_id: str) -> float:
        """The first whole slot below every card in a lane."""
        positions = [t.position for t in self._touchpoints.values() if t.phase == phase_id]
        return float(int(max(positions)) + 1) if positions else 0.0

    def to_data(self) -> ProjectData:
        """The whole journey as one validated value (for saving, copying, analysing)."""
        return ProjectData.model_construct(
            meta=self._meta,
            phase_model=self._phase_model,
            touchpoints=self.touchpoints,
            links=self.links,
            personas=self.personas,
            opportunities=self.opportunities,
            answers=dict(self._answers),
            view=self._saved_view(),
            lineage=self._lineage,
        )

    def _saved_view(self) -> ViewState:
        """The view state without personas that no longer exist (they stay in `view` so undo can show them)."""
        view = self._view
        if all(pid in self._personas for pid in view.personas_shown) and view.persona_focus in (None, *self._personas):
            return view
        return view.model_copy(update={
            "personas_shown": tuple(pid for pid in view.personas_shown if pid in self._personas),
            "persona_focus": view.persona_focus if view.persona_focus in self._personas else None,
        })

    # ---------------------------------------------------------------- touchpoints
    def add_touchpoint(self, tp: Touchpoint, index: int | None = None) -> Touchpoint:
        """Add a touchpoint (at `index` in project order, default: last)."""
        self._check_new_touchpoint(tp, len(self._touchpoints))
        self._touchpoints = insert(self._touchpoints, tp.id, tp, index)
        self._links_of[tp.id] = set()
        self.touchpoint_added.emit(tp)
        self.changed.emit()
        return tp

    def update_touchpoint(self, tid: str, **changes: Any) -> Touchpoint:
        """Change fields of a touchpoint; returns the old value."""
        old = self.touchpoint(tid)
        if "id" in changes and changes["id"] != tid:
            raise ModelError("a touchpoint's id cannot change")
        new = revalidate(old, changes)
        if "phase" in changes:
            self._check_phase(new.phase)
        if new != old:
            self._touchpoints[tid] = new
            self.touchpoint_changed.emit(new, old)
            self.changed.emit()
        return old

    def move_touchpoints(self, moves: Mapping[str, tuple[str, float]]) -> dict[str, tuple[str, float]]:
        """Move several touchpoints at once to (phase, position); returns their previous places."""
        for tid, (phase, _) in moves.items():
            self.touchpoint(tid)
            self._check_phase(phase)
        before: dict[str, tuple[str, float]] = {}
        for tid, (phase, position) in moves.items():
            old = self._touchpoints[tid]
            before[tid] = (old.phase, old.position)
            new = revalidate(old, {"phase": phase, "position": position})
            if new != old:
                self._touchpoints[tid] = new
                self.touchpoint_changed.emit(new, old)
        self.changed.emit()
        return before

    def remove_touchpoints(self, ids: Iterable[str]) -> Removal:
        """Remove touchpoints with their links, their place in persona paths and in opportunities."""
        ids = list(dict.fromkeys(ids))
        for tid in ids:
            self.touchpoint(tid)
        gone = set(ids)
        link_ids = {lid for tid in ids for lid in self._links_of[tid]}
        link_removal = self.remove_links(link_ids, _emit_changed=False) if link_ids else Removal()
        personas = self._strip_personas(gone, set())
        opportunities = self._strip_opportunities(gone)
        order = {tid: index for index, tid in enumerate(self._touchpoints)}
        taken = tuple((order[tid], self._touchpoints[tid]) for tid in ids)
        for tid in ids:
            tp = self._touchpoints.pop(tid)
            del self._links_of[tid]
            self.touchpoint_removed.emit(tp)
        self.changed.emit()
        return Removal(
            touchpoints=tuple(sorted(taken, key=lambda pair: pair[0])),
            links=link_removal.links,
            personas=(*link_removal.personas, *personas),
            opportunities=opportunities,
        )

    # ---------------------------------------------------------------- links
    def add_link(self, link: Link, index: int | None = None) -> Link:
        """Connect two existing touchpoints."""
        self._check_new_link(link, len(self._links))
        self._links = insert(self._links, link.id, link, index)
        self._index_link(link)
        self.link_added.emit(link)
        self.changed.emit()
        return link

    def update_link(self, lid: str, **changes: Any) -> Link:
        """Change a link's label or kind; returns the old value."""
        old = self.link(lid)
        if {"id", "source", "target"} & changes.keys():
            raise ModelError("a link's ends cannot change; remove it and draw a new one")
        new = revalidate(old, changes)
        if new != old:
            self._links[lid] = new
            self.link_changed.emit(new, old)
            self.changed.emit()
        return old

    def remove_links(self, ids: Iterable[str], _emit_changed: bool = True) -> Removal:
        """Remove links (and their place in persona paths)."""
        ids = list(dict.fromkeys(ids))
        for lid in ids:
            self.link(lid)
        personas = self._strip_personas(set(), set(ids))
        order = {lid: index for index, lid in enumerate(self._links)}
        taken = tuple(sorted(((order[lid], self._links[lid]) for lid in ids), key=lambda p: p[0]))
        for lid in ids:
            link = self._links.pop(lid)
            self._links_of[link.source].discard(lid)
            self._links_of[link.target].discard(lid)
            self.link_removed.emit(link)
        if _emit_changed:
            self.changed.emit()
        return Removal(links=taken, personas=personas)

    # ---------------------------------------------------------------- undoing removals
    def restore(self, removal: Removal) -> None:
        """Put back exactly what `remove_touchpoints`/`remove_links` took out (one `changed`)."""
        with self.changes():
            for n, (_, tp) in enumerate(removal.touchpoints):
                self._check_new_touchpoint(tp, len(self._touchpoints) + n)
            self._touchpoints = insert_all(self._touchpoints, [(i, tp.id, tp) for i, tp in removal.touchpoints])
            for _, tp in removal.touchpoints:
                self._links_of[tp.id] = set()
                self.touchpoint_added.emit(tp)
            for n, (_, link) in enumerate(removal.links):
                self._check_new_link(link, len(self._links) + n)
            self._links = insert_all(self._links, [(i, link.id, link) for i, link in removal.links])
            for _, link in removal.links:
                self._index_link(link)
                self.link_added.emit(link)
            if removal.touchpoints or removal.links:
                self.changed.emit()
            for persona in reversed(removal.personas):  # earliest snapshot last, so it wins
                self.replace_persona(persona)
            for opportunity in removal.opportunities:
                self.replace_opportunity(opportunity)

    def changes(self) -> AbstractContextManager[None]:
        """Group edits: `changed` follows once, when the outermost group ends (the item signals come as they
        happen). The document makes each user edit one group (`Document.push`, undo, redo)."""
        return self.changed.group()

    def _check_new_touchpoint(self, tp: Touchpoint, count: int) -> None:
        """A ModelError unless `tp` may join the journey's `count` touchpoints."""
        if tp.id in self._touchpoints:
            raise ModelError(f"the touchpoint id {tp.id!r} is already used")
        if count >= MAX_TOUCHPOINTS:
            raise ModelError(f"a journey can hold at most {MAX_TOUCHPOINTS:,} touchpoints")
        self._check_phase(tp.phase)

    def _check_new_link(self, link: Link, count: int) -> None:
        """A ModelError unless `link` may join the journey's `count` links (its touchpoints already in it)."""
        if link.id in self._links:
            raise ModelError(f"the link id {link.id!r} is already used")
        if count >= MAX_LINKS:
            raise ModelError(f"a journey can hold at most {MAX_LINKS:,} links")
        self.touchpoint(link.source)
        self.touchpoint(link.target)
        if link.source == link.target:
            raise ModelError("a touchpoint cannot link to itself")
        for lid in self._links_of[link.source]:
            other = self._links[lid]
            if other.source == link.source and other.target == link.target:
                raise ModelError("these two touchpoints are already linked in this direction")

    # ---------------------------------------------------------------- personas
    def add_persona(self, persona: Persona, index: int | None = None) -> Persona:
        if persona.id in self._personas:
            raise ModelError(f"the persona id {persona.id!r} is already used")
        if len(self._personas) >= MAX_PERSONAS:
            raise ModelError(f"a journey can hold at most {MAX_PERSONAS} personas")
        self._check_persona_refs(persona)
        self._personas = insert(self._personas, persona.id, persona, index)
        self.persona_added.emit(persona)
        self.changed.emit()
        return persona

    def update_persona(self, pid: str, **changes: Any) -> Persona:
        """Change fields of a persona (including its path); returns the old value."""
        old = self.persona(pid)
        if "id" in changes and changes["id"] != pid:
            raise ModelError("a persona's id cannot change")
        return self.replace_persona(revalidate(old, changes))

    def replace_persona(self, persona: Persona) -> Persona:
        """Swap in a whole new value for an existing persona; returns the old value."""
        old = self.persona(persona.id)
        self._check_persona_refs(persona)
        if persona != old:
            self._personas[persona.id] = persona
            self.persona_changed.emit(persona, old)
            self.changed.emit()
        return old

    def remove_persona(self, pid: str) -> tuple[int, Persona]:
        """Remove a persona; returns (index, value) for undo."""
        self.persona(pid)
        index = list(self._personas).index(pid)
        persona = self._personas.pop(pid)
        self.persona_removed.emit(persona)
        self.changed.emit()
        return index, persona

    def move_persona(self, pid: str, index: int) -> int:
        """Move a persona to a new place in the list; returns its old index."""
        self.persona(pid)
        old_index = list(self._personas).index(pid)
        persona = self._personas.pop(pid)
        self._personas = insert(self._personas, pid, persona, index)
        self.personas_reordered.emit()
        self.changed.emit()
        return old_index

    # ---------------------------------------------------------------- project-wide
    def set_meta(self, **changes: Any) -> Meta:
        """Change title, company, author, language or dates; returns the old value."""
        old = self._meta
        self._meta = revalidate(old, changes)
        if self._meta != old:
            self.meta_changed.emit(self._meta)
            self.changed.emit()
        return old

    def set_view(self, **changes: Any) -> ViewState:
        """Change how the map shows the personas (`personas_shown`, `persona_focus`, `general_curve`); returns the
        old state. View state only: no undo step, and the journey is not modified by it."""
        old = self._view
        self._view = revalidate(old, changes)
        if self._view != old:
            self.view_changed.emit(self._view)
        return old

    def set_answers(self, answers: Mapping[str, int]) -> dict[str, int]:
        """Store the recommender answers (need category → 0..3); returns the old ones."""
        validated = ProjectData.model_validate({"answers": dict(answers)}).answers
        old, self._answers = self._answers, dict(validated)
        self.answers_changed.emit(dict(self._answers))
        self.changed.emit()
        return old

    # ---------------------------------------------------------------- helpers
    def _check_phase(self, phase_id: str) -> None:
        if phase_id not in self._phase_model.ids():
            raise ModelError(f"there is no phase {phase_id!r} in this journey")

    def _check_persona_refs(self, persona: Persona) -> None:
        for tid in (*persona.touchpoint_ids, *persona.emotions):
            self.touchpoint(tid)
        for lid in persona.link_ids:
            self.link(lid)

    def _index_link(self, link: Link) -> None:
        self._links_of.setdefault(link.source, set()).add(link.id)
        self._links_of.setdefault(link.target, set()).add(link.id)

    def _strip_personas(self, touchpoint_ids: set[str], link_ids: set[str]) -> tuple[Persona, ...]:
        """Drop removed ids from persona paths; returns the personas' values from before."""
        before = []
        for persona in self._personas.values():
            if (
                touchpoint_ids.isdisjoint(persona.touchpoint_ids)
                and touchpoint_ids.isdisjoint(persona.emotions)
                and link_ids.isdisjoint(persona.link_ids)
            ):
                continue
            before.append(persona)
            stripped = persona.model_copy(
                update={
                    "touchpoint_ids": tuple(t for t in persona.touchpoint_ids if t not in touchpoint_ids),
                    "link_ids": tuple(lid for lid in persona.link_ids if lid not in link_ids),
                    "emotions": {t: s for t, s in persona.emotions.items() if t not in touchpoint_ids},
                }
            )
            self._personas[persona.id] = stripped
            self.persona_changed.emit(stripped, persona)
        return tuple(before)
