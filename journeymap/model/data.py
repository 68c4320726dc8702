"""`ProjectData`: one whole journey as a single validated value (what is saved and loaded), and `ViewState`:
how the editor last showed it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from pydantic import Field, model_validator

from journeymap.model.limits import MAX_LINKS, MAX_OPPORTUNITIES, MAX_PERSONAS, MAX_TOUCHPOINTS
from journeymap.model.lineage import Lineage
from journeymap.model.phases import aidala
from journeymap.model.rules import RuleError
from journeymap.model.values import Id, Link, Meta, Opportunity, Persona, PhaseModel, Touchpoint, Value

Level = Annotated[int, Field(ge=0, le=3)]


class ViewState(Value):
    """How the map shows the personas, kept with the file: which are shown, which one is in focus (everything
    off its path dimmed), and whether the general emotion curve is drawn. Not part of the journey's content:
    changing it is no undo step and does not mark the journey modified (it is written with the next save)."""

    personas_shown: Annotated[tuple[Id, ...], Field(max_length=MAX_PERSONAS)] = ()
    persona_focus: Id | None = None
    general_curve: bool = True


class ProjectData(Value):
    """Everything a `.journey` file holds besides its envelope, checked for internal consistency."""

    meta: Meta = Meta()
    phase_model: PhaseModel = Field(default_factory=aidala)
    touchpoints: Annotated[tuple[Touchpoint, ...], Field(max_length=MAX_TOUCHPOINTS)] = ()
    links: Annotated[tuple[Link, ...], Field(max_length=MAX_LINKS)] = ()
    personas: Annotated[tuple[Persona, ...], Field(max_length=MAX_PERSONAS)] = ()
    opportunities: Annotated[tuple[Opportunity, ...], Field(max_length=MAX_OPPORTUNITIES)] = ()
    answers: dict[Id, Level] = Field(default_factory=dict)  # recommender answers: need category -> 0..3
    view: ViewState = ViewState()
    lineage: Lineage = Lineage()  # ancestry for merging (model.lineage); not part of the content

    @model_validator(mode="after")
    def _consistent(self) -> ProjectData:
        _unique("phase", (p.id for p in self.phase_model.phases))
        phases = set(self.phase_model.ids())
        tp_ids = _unique("touchpoint", (t.id for t in self.touchpoints))
        link_ids = _unique("link", (link.id for link in self.links))
        persona_ids = _unique("persona", (p.id for p in self.personas))
        for tp in self.touchpoints:
            if tp.phase not in phases:
                raise RuleError("phase_missing", tp=tp.id, phase=tp.phase)
        for link in self.links:
            for end in (link.source, link.target):
                if end not in tp_ids:
                    raise RuleError("link_end_missing", link=link.id, tp=end)
        for persona in self.personas:
            for tid in (*persona.touchpoint_ids, *persona.emotions):
                if tid not in tp_ids:
                    raise RuleError("persona_touchpoint_missing", persona=persona.id, tp=tid)
            for lid in persona.link_ids:
                if lid not in link_ids:
                    raise RuleError("persona_link_missing", persona=persona.id, link=lid)
        _unique("opportunity", (o.id for o in self.opportunities))
        for opp in self.opportunities:
            named: set[str] = set()
            for tid in opp.touchpoint_ids:
                if tid not in tp_ids:
                    raise RuleError("opportunity_touchpoint_missing", opportunity=opp.id, tp=tid)
                if tid in named:
                    raise RuleError("opportunity_touchpoint_twice", opportunity=opp.id, tp=tid)
                named.add(tid)
        for pid in (*self.view.personas_shown, *filter(None, [self.view.persona_focus])):
            if pid not in persona_ids:
                raise RuleError("view_persona_missing", persona=pid)
        return self

    def opportunities_by_touchpoint(self) -> dict[str, list[Opportunity]]:
        """Touchpoint id → the opportunities that belong to it, in the journey's order (touchpoints without any
        are left out): what every report and export that showed a touchpoint's ideas now reads."""
        result: dict[str, list[Opportunity]] = {}
        for opp in self.opportunities:
            for tid in opp.touchpoint_ids:
                result.setdefault(tid, []).append(opp)
        return result

    def opportunities_of(self, touchpoint_id: str) -> tuple[Opportunity, ...]:
        """The opportunities that belong to one touchpoint (for many touchpoints use `opportunities_by_touchpoint`)."""
        return tuple(o for o in self.opportunities if touchpoint_id in o.touchpoint_ids)


def _unique(what: str, ids: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise RuleError("id_twice", what=what, id=item_id)
        seen.add(item_id)
    return seen
