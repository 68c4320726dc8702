"""The Qt-free domain model: immutable values and the `Project` aggregate that owns all change."""

from journeymap.model.data import ProjectData, ViewState
from journeymap.model.phases import AIDA_IDS, AIDALA_IDS, FIVE_STAGE_IDS, aida, aidala, five_stage
from journeymap.model.project import ModelError, PhaseChange, Project, Removal, new_id
from journeymap.model.signals import Signal
from journeymap.model.values import (
    BLUEPRINT_ROWS,
    STATUSES,
    Blueprint,
    BlueprintRow,
    Kpi,
    Link,
    LocalText,
    Meta,
    Opportunity,
    Persona,
    Phase,
    PhaseModel,
    Touchpoint,
)

__all__ = [
    "AIDALA_IDS",
    "AIDA_IDS",
    "BLUEPRINT_ROWS",
    "FIVE_STAGE_IDS",
    "STATUSES",
    "Blueprint",
    "BlueprintRow",
    "Kpi",
    "Link",
    "LocalText",
    "Meta",
    "ModelError",
    "Opportunity",
    "Persona",
    "Phase",
    "PhaseChange",
    "PhaseModel",
    "Project",
    "ProjectData",
    "Removal",
    "Signal",
    "Touchpoint",
    "ViewState",
    "aida",
    "aidala",
    "five_stage",
    "new_id",
]
