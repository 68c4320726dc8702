"""The names of undo steps, translatable ("Undo Move 3 touchpoints").

They live in one QObject class named after their translation context so that `pyside6-lupdate` extracts them
with their plural forms (it reads `self.tr(text, "", n)`, not a helper's arguments).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject


class Commands(QObject):
    def add_touchpoints(self, n: int) -> str:
        return self.tr("Add %n touchpoint(s)", "", n)

    def too_many_touchpoints(self, limit: int) -> str:
        return self.tr("This would take the journey past %1 touchpoints, the most one journey can hold.").replace(
            "%1", QLocale().toString(limit))

    def too_many_links(self, limit: int) -> str:
        return self.tr("This would take the journey past %1 links, the most one journey can hold.").replace(
            "%1", QLocale().toString(limit))

    def delete_items(self, n: int) -> str:
        return self.tr("Delete %n item(s)", "", n)

    def delete_touchpoints(self, n: int) -> str:
        return self.tr("Delete %n touchpoint(s)", "", n)

    def delete_links(self, n: int) -> str:
        return self.tr("Delete %n link(s)", "", n)

    def move_touchpoints(self, n: int) -> str:
        return self.tr("Move %n touchpoint(s)", "", n)

    def edit_touchpoint(self) -> str:
        return self.tr("Edit touchpoint")

    def edit_touchpoints(self, n: int) -> str:
        return self.tr("Edit %n touchpoint(s)", "", n)

    def edit_project(self) -> str:
        return self.tr("Edit journey properties")

    def edit_phases(self) -> str:
        return self.tr("Edit phases")

    def answer_needs(self) -> str:
        return self.tr("Answer the needs questions")

    def add_persona(self) -> str:
        return self.tr("Add persona")

    def edit_persona(self) -> str:
        return self.tr("Edit persona")

    def delete_persona(self) -> str:
        return self.tr("Delete persona")

    def reorder_personas(self) -> str:
        return self.tr("Reorder personas")

    def add_link(self) -> str:
        return self.tr("Add link")

    def edit_link(self) -> str:
        return self.tr("Edit link")


TEXTS = Commands()


class PersonaTexts(QObject):
    """Names of the undo steps that change a persona's path or emotions."""

    def add_to_path(self, name: str) -> str:
        return self.tr("Add to the path of %1").replace("%1", name)

    def remove_from_path(self, name: str) -> str:
        return self.tr("Remove from the path of %1").replace("%1", name)

    def persona_emotion(self, name: str) -> str:
        return self.tr("Set the emotion of %1").replace("%1", name)


PERSONA_TEXTS = PersonaTexts()


class OpportunityTexts(QObject):
    """Names of the undo steps on opportunities and blueprint rows."""

    def add(self) -> str:
        return self.tr("Add opportunity")

    def edit(self) -> str:
        return self.tr("Edit opportunity")

    def delete(self, n: int) -> str:
        return self.tr("Delete %n opportunity(s)", "", n)

    def set_status(self) -> str:
        return self.tr("Change the status of an opportunity")

    def rate(self) -> str:
        return self.tr("Rate opportunity")

    def edit_blueprint(self) -> str:
        return self.tr("Edit service blueprint")


OPPORTUNITY_TEXTS = OpportunityTexts()
