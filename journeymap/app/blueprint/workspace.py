"""The window's middle: the journey map and the service blueprint of the same journey as two tabs.

The blueprint (its table model and view) is made when its tab is first shown for a journey, and its model is rebuilt
only while the tab is shown (neither the start nor a map edit of a big journey waits for it); its cell edits become
undo commands here, one per edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from journeymap.commands import EditTouchpoint, SetBlueprintRow
from journeymap.document import Document
from journeymap.model import BLUEPRINT_ROWS, ModelError
from journeymap.model.hygiene import strip_controls

if TYPE_CHECKING:  # imported when the blueprint is first shown
    from journeymap.app.blueprint.table import BlueprintModel
    from journeymap.app.blueprint.view import BlueprintView

MAP, BLUEPRINT = 0, 1


class Workspace(QTabWidget):
    """Map and blueprint tabs. `touchpoint_chosen(id)`: a cell of the blueprint became current;
    `blueprint_shown(bool)`: the blueprint tab was switched to or away from; `entry_dropped(entry id, phase id)`: a
    catalogue entry was dropped on the blueprint; `gap_chosen(phase id)`, `gap_activated(phase id)`: a phase without
    touchpoints became current, was activated (see `BlueprintView`)."""

    touchpoint_chosen = Signal(str)
    blueprint_shown = Signal(bool)
    entry_dropped = Signal(str, str)
    gap_chosen = Signal(str)
    gap_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.setDocumentMode(True)
        self.document: Document | None = None
        self.lang = "en"
        self.blueprint: BlueprintView | None = None  # made when the tab is first shown (`show_document`)
        self.model: BlueprintModel | None = None
        self.currentChanged.connect(self._tab_changed)

    def show_document(self, document: Document, map_view: QWidget, lang: str) -> None:
        """Show `map_view` and the blueprint of `document`: made now if its tab is shown, else when it is first
        shown (the previous ones are let go)."""
        if self.model is not None:
            self.model.detach()
        showing_blueprint = self.currentIndex() == BLUEPRINT
        self.blockSignals(True)
        while self.count():
            old = self.widget(0)
            self.removeTab(0)
            if old is not None and old is not map_view:
                old.deleteLater()
        self.document, self.lang = document, lang
        self.model = self.blueprint = None
        self.addTab(map_view, "")
        self.addTab(QWidget(self), "")  # the blueprint's place until it is made
        if showing_blueprint:
            self._make_blueprint()
        self.setCurrentIndex(BLUEPRINT if showing_blueprint else MAP)
        self.blockSignals(False)
        self.retranslate()

    def _make_blueprint(self) -> None:
        """The blueprint of the document shown, in place of its tab's placeholder (the tab stays current if it was)."""
        from journeymap.app.blueprint.table import BlueprintModel
        from journeymap.app.blueprint.view import BlueprintView

        assert self.document is not None
        self.model = BlueprintModel(self.document, self.edit_cell, self.lang, active=True)
        self.blueprint = BlueprintView(self.model, self)
        self.blueprint.touchpoint_chosen.connect(self.touchpoint_chosen)
        self.blueprint.entry_dropped.connect(self.entry_dropped)
        self.blueprint.gap_chosen.connect(self.gap_chosen)
        self.blueprint.gap_activated.connect(self.gap_activated)
        current, placeholder = self.currentIndex(), self.widget(BLUEPRINT)
        blocked = self.blockSignals(True)
        self.removeTab(BLUEPRINT)
        self.insertTab(BLUEPRINT, self.blueprint, "")
        self.setCurrentIndex(current)
        self.blockSignals(blocked)
        if placeholder is not None:
            placeholder.deleteLater()

    def show_blueprint(self, on: bool = True) -> None:
        self.setCurrentIndex(BLUEPRINT if on else MAP)

    def blueprint_visible(self) -> bool:
        return self.currentIndex() == BLUEPRINT

    def _tab_changed(self, index: int) -> None:
        if index == BLUEPRINT and self.model is None and self.document is not None:
            self._make_blueprint()
            self.retranslate()
        if self.model is not None:
            self.model.set_active(index == BLUEPRINT)
        self.blueprint_shown.emit(index == BLUEPRINT)
        widget = self.currentWidget()
        if widget is not None:
            widget.setFocus()

    def set_language(self, lang: str) -> None:
        self.lang = lang
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
            from journeymap.app.blueprint.table import row_name  # (loaded with the blueprint, which called)

            texts = [strip_controls(str(text), multiline=False) for text in value.get("texts", [])]
            owner = strip_controls(str(value.get("owner", "")), multiline=False)
            text = QCoreApplication.translate("Workspace", "Edit %1 of “%2”").replace("%1", row_name(kind)).replace(
                "%2", project.touchpoint(tid).label)
            command = SetBlueprintRow(project, tid, row, texts, owner, text=text)
        except (ValidationError, ModelError):
            return  # a text over the length limit: the cell keeps its content
        if command.changed:
            document.push(command)
