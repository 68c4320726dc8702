"""One QUndoCommand per user edit. Commands hold ids and values and call `Project` methods only."""

from journeymap.commands.base import ProjectCommand
from journeymap.commands.links import AddLink, EditLink
from journeymap.commands.project import (
    AddPersona,
    EditPersona,
    EditPhases,
    MovePersona,
    RemovePersona,
    SetAnswers,
    SetMeta,
)
from journeymap.commands.touchpoints import AddItems, EditTouchpoint, MoveTouchpoints, RemoveItems

__all__ = [
    "AddItems",
    "AddLink",
    "AddPersona",
    "EditLink",
    "EditPersona",
    "EditPhases",
    "EditTouchpoint",
    "MovePersona",
    "MoveTouchpoints",
    "ProjectCommand",
    "RemoveItems",
    "RemovePersona",
    "SetAnswers",
    "SetMeta",
]
