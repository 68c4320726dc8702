"""The window's middle: the journey map and the service blueprint of the same journey as two tabs.

The blueprint's model is rebuilt only while its tab is shown (a map edit of a big journey never waits for it); its
cell edits become undo commands here, one per edit.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from journeymap.app.blueprint.table import BlueprintModel, row_name
from journeymap.app.blueprint.view import BlueprintView
from journeymap.commands import EditTouchpoint, SetBlueprintRow
from journeymap.document import Document
from journeymap.model import BLUEPRINT_ROWS, ModelError
from journeymap.model.hygiene import strip_controls

MAP, BLUEPRINT = 0, 1


class Workspace(QTabWidget):
    """Map and blueprint tabs. `touchpoint_chosen(id)`: a cell of the blueprint became current;
    `blueprint_shown(bool)`: the blueprint tab was switched to or away from."""

    touchpoint_chosen = Signal(str)
    blueprint_shown = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.setDocumentMode(True)
        self.document: Document | None = None
        self.blueprint: BlueprintView | None = None
        self.model: BlueprintModel | None = None
        self.currentChanged.connect(self._tab_changed)

    def show_document(self, document: Document, map_view: QWidget, lang: str) -> None:
        """Show `map_view` and a new blueprint of `document` (the previous ones are let go)."""
        if self.model is not None:
            self.model.detach()
        showing_blueprint = self.currentIndex() == BLUEPRINT
        self.blockSignals(True)
        while self.count():
            old = self.widget(0)
            self.removeTab(0)
            if old is not None and old is not map_view:
                old.deleteLater()
        self.document = document
        self.model = BlueprintModel(document, self.edit_cell, lang, active=showing_blueprint)
        self.blueprint = BlueprintView(self.model, self)
        self.blueprint.touchpoint_chosen.connect(self.touchpoint_chosen)
        self.addTab(map_view, "")
        self.addTab(self.blueprint, "")
        self.setCurrentIndex(BLUEPRINT if showing_blueprint else MAP)
        self.blockSignals(False)
        self.retranslate()

    def show_blueprint(self, on: bool = True) -> None:
        self.setCurrentIndex(BLUEPRINT if on else MAP)

    def blueprint_visible(self) -> bool:
        return self.currentIndex() == BLUEPRINT

    def _tab_changed(self, index: int) -> None:
        if self.model is not None:
            self.model.set_active(index == BLUEPRINT)
        self.blueprint_shown.emit(index == BLUEPRINT)
        widget = self.currentWidget()
        if widget is not None:
            widget.setFocus()

    def set_language(self, lang: str) -> None:
        if self.model is not None:
            self.model.set_language(lang)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTabText(MAP, QCoreApplication.translate("Workspace", "Journey map"))
        self.setTabText(BLUEPRINT, QCoreApplication.translate("Workspace", "Service blueprint"))
        self.setAccessibleName(QCoreApplication.translate("Workspace", "Map or service blueprint"))
        self.setTabToolTip(BLUEPRINT, QCoreApplication.translate(
            "Workspace", "What happens inside the company at each touchpoint (Ctrl+Shift+B)"))
        if self.blueprint is not None:
            self.blueprint.setAccessibleName(QCoreApplication.translate("Workspace", "Service blueprint"))

    # ---------------------------------------------------------------- edits
    def edit_cell(self, tid: str, kind: str, value: Any) -> None:
        """One undo step for an edited cell: a new label, or a blueprint row's texts and owner."""
        document = self.document
        if document is None or not document.project.has_touchpoint(tid):
            return
        project = document.project
        try:
            if kind == "customer":
                label = strip_controls(str(value), multiline=False).strip()
                if label:
                    document.push(EditTouchpoint(project, tid, {"label": label}, text=QCoreApplication.translate(
                        "Workspace", "Rename touchpoint")))
                return
            row = next((r for r in BLUEPRINT_ROWS if r == kind), None)
            if row is None:
                return
            texts = [strip_controls(str(text), multiline=False) for text in value.get("texts", [])]
            owner = strip_controls(str(value.get("owner", "")), multiline=False)
            text = QCoreApplication.translate("Workspace", "Edit %1 of “%2”").replace("%1", row_name(kind)).replace(
                "%2", project.touchpoint(tid).label)
            command = SetBlueprintRow(project, tid, row, texts, owner, text=text)
        except (ValidationError, ModelError):
            return  # a text over the length limit: the cell keeps its content
        if command.changed:
            document.push(command)
