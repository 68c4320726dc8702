"""One QUndoCommand per user edit. Commands hold ids and values and call `Project` methods only."""

from journeymap.commands.base import ProjectCommand
from journeymap.commands.links import AddLink, EditLink
from journeymap.commands.opportunities import AddOpportunity, EditOpportunity, RemoveOpportunities, SetBlueprintRow
from journeymap.commands.personas import (
    AddPersona,
    EditPersona,
    MovePersona,
    RemovePersona,
    SetPersonaEmotion,
    SetPersonaPath,
)
from journeymap.commands.project import EditPhases, SetAnswers, SetMeta
from journeymap.commands.touchpoints import AddItems, EditTouchpoint, EditTouchpoints, MoveTouchpoints, RemoveItems

__all__ = [
    "AddItems",
    "AddLink",
    "AddOpportunity",
    "AddPersona",
    "EditLink",
    "EditOpportunity",
    "EditPersona",
    "EditPhases",
    "EditTouchpoint",
    "EditTouchpoints",
    "MovePersona",
    "MoveTouchpoints",
    "ProjectCommand",
    "RemoveItems",
    "RemoveOpportunities",
    "RemovePersona",
    "SetAnswers",
    "SetBlueprintRow",
    "SetMeta",
    "SetPersonaEmotion",
    "SetPersonaPath",
]
