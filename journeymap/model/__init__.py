"""The Qt-free domain model: immutable values and the `Project` aggregate that owns all change."""

from journeymap.model.data import ProjectData
from journeymap.model.phases import AIDA_IDS, AIDALA_IDS, aida, aidala
from journeymap.model.project import ModelError, Project, Removal, new_id
from journeymap.model.signals import Signal
from journeymap.model.values import Kpi, Link, LocalText, Meta, Persona, Phase, PhaseModel, Touchpoint

__all__ = [
    "AIDALA_IDS",
    "AIDA_IDS",
    "Kpi",
    "Link",
    "LocalText",
    "Meta",
    "ModelError",
    "Persona",
    "Phase",
    "PhaseModel",
    "Project",
    "ProjectData",
    "Removal",
    "Signal",
    "Touchpoint",
    "aida",
    "aidala",
    "new_id",
]
