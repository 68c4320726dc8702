"""The window's views of improvement work: the map and service blueprint tabs (`blueprint.workspace`) and the
Opportunities panel, kept in step with the document and canvas the window shows.

It reports with signals (`select_requested`: touchpoints to select on the map; `status_message`;
`catalogue_requested`: a phase to offer the catalogue for) and gets the document and canvas with `show`; it holds no
window.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from journeymap.app.blueprint.workspace import Workspace
from journeymap.app.opportunities.dock import OpportunityDock
from journeymap.canvas import JourneyScene
from journeymap.document import Document


class JourneyViews(QObject):
    """Creates the workspace (the window's central widget) and the Opportunities panel (see the module)."""

    select_requested = Signal(list)
    status_message = Signal(str)
    catalogue_requested = Signal(str)  # phase id: offer the catalogue's entries for it (a gap was activated)

    def __init__(self, parent: QWidget, document: Document, blueprint_action: QAction, lang: str) -> None:
        super().__init__(parent)
        self.lang = lang
        self.scene: JourneyScene | None = None
        self.workspace = Workspace(parent)
        self.opportunities = OpportunityDock(document, parent)
        self.action = blueprint_action
        self.action.setCheckable(True)
        self.action.toggled.connect(self.workspace.show_blueprint)
        self.workspace.blueprint_shown.connect(self.action.setChecked)
        self.workspace.touchpoint_chosen.connect(lambda tid: self.select_requested.emit([tid]))
        self.workspace.entry_dropped.connect(self._add_entry)
        self.workspace.gap_chosen.connect(lambda _phase: self.select_requested.emit([]))  # adds go to its phase
        self.workspace.gap_activated.connect(self.catalogue_requested)
        self.opportunities.map_filter.connect(self._filter_map)
        self.opportunities.show_requested.connect(self.select_requested)
        self.opportunities.status_message.connect(self.status_message)

    def show(self, document: Document, scene: JourneyScene, map_view: QWidget) -> None:
        """Follow `document`: its map in the first tab, its blueprint in the second, its opportunities."""
        self.scene = scene
        if self.opportunities.document is not document:
            self.opportunities.set_document(document)
        self.workspace.show_document(document, map_view, self.lang)
        self._filter_map(self.opportunities.map_ids())

    def follow_selection(self, touchpoint_ids: Iterable[str]) -> None:
        """The map's selection: the blueprint shows the touchpoint's column, new opportunities go to them."""
        ids = list(touchpoint_ids)
        self.opportunities.selected_touchpoints = ids
        blueprint = self.workspace.blueprint
        if len(ids) == 1 and blueprint is not None and not blueprint.hasFocus():
            blueprint.show_touchpoint(ids[0])

    def show_opportunity(self, oid: str) -> None:
        self.opportunities.show_opportunity(oid)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.workspace.set_language(lang)

    def _add_entry(self, entry_id: str, phase_id: str) -> None:
        """A catalogue entry dropped on the blueprint: a touchpoint in that phase (one undo step), shown there."""
        if self.scene is None:
            return
        try:
            tid = self.scene.add_from_catalogue(entry_id, phase_id)
        except KeyError:  # not an entry of this catalogue (a drag from another program)
            return
        blueprint = self.workspace.blueprint
        if blueprint is not None and self.scene.project.has_touchpoint(tid):
            blueprint.setFocus()
            blueprint.show_touchpoint(tid, "customer")

    def _filter_map(self, ids: object) -> None:
        if self.scene is not None:
            chosen = {str(i) for i in ids} if isinstance(ids, (set, frozenset, list)) else None
            self.scene.map_filter.set_ids(chosen)
