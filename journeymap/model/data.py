"""`ProjectData`: one whole journey as a single validated value (what is saved and loaded)."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, model_validator

from journeymap.model.limits import MAX_LINKS, MAX_PERSONAS, MAX_TOUCHPOINTS
from journeymap.model.phases import aidala
from journeymap.model.values import Id, Link, Meta, Persona, PhaseModel, Touchpoint, Value

Level = Annotated[int, Field(ge=0, le=3)]


class ProjectData(Value):
    """Everything a `.journey` file holds besides its envelope, checked for internal consistency."""

    meta: Meta = Meta()
    phase_model: PhaseModel = Field(default_factory=aidala)
    touchpoints: Annotated[tuple[Touchpoint, ...], Field(max_length=MAX_TOUCHPOINTS)] = ()
    links: Annotated[tuple[Link, ...], Field(max_length=MAX_LINKS)] = ()
    personas: Annotated[tuple[Persona, ...], Field(max_length=MAX_PERSONAS)] = ()
    answers: dict[Id, Level] = Field(default_factory=dict)  # recommender answers: need category -> 0..3

    @model_validator(mode="after")
    def _consistent(self) -> ProjectData:
        _unique("phase", (p.id for p in self.phase_model.phases))
        phases = set(self.phase_model.ids())
        tp_ids = _unique("touchpoint", (t.id for t in self.touchpoints))
        link_ids = _unique("link", (link.id for link in self.links))
        _unique("persona", (p.id for p in self.personas))
        for tp in self.touchpoints:
            if tp.phase not in phases:
                raise ValueError(f"touchpoint {tp.id!r} is in phase {tp.phase!r}, which the phase model lacks")
        for link in self.links:
            for end in (link.source, link.target):
                if end not in tp_ids:
                    raise ValueError(f"link {link.id!r} points to touchpoint {end!r}, which does not exist")
        for persona in self.personas:
            for tid in (*persona.touchpoint_ids, *persona.emotions):
                if tid not in tp_ids:
                    raise ValueError(f"persona {persona.id!r} names touchpoint {tid!r}, which does not exist")
            for lid in persona.link_ids:
                if lid not in link_ids:
                    raise ValueError(f"persona {persona.id!r} names link {lid!r}, which does not exist")
        return self


def _unique(what: str, ids) -> set[str]:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"the {what} id {item_id!r} is used twice")
        seen.add(item_id)
    return seen
