"""The Opportunities panel: the journey's opportunities as a sortable list and as the impact/effort matrix, a filter
by owner and status that also filters the map, and buttons to add and delete.

Every change is one undo step, made here from what the list and the matrix report. Keyboard: in the list, the arrow
keys choose an opportunity and a column; F2 or Enter edits the cell (the status, impact and effort with a choice:
the arrow keys pick, Enter keeps it, Esc cancels); Delete deletes the opportunity. In the matrix, see `matrix`.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.delete_key import delete_in_list
from journeymap.app.opportunities.list_model import (
    CHOICES_ROLE,
    COLUMNS,
    ID_ROLE,
    OpportunityFilter,
    OpportunityModel,
)
from journeymap.app.opportunities.matrix import OpportunityMatrix
from journeymap.app.opportunities.words import status_name
from journeymap.commands import AddOpportunity, EditOpportunity, RemoveOpportunities
from journeymap.commands.texts import OPPORTUNITY_TEXTS
from journeymap.document import Document
from journeymap.model import STATUSES, ModelError, Opportunity, new_id

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for the columns whose value is chosen (status, impact, effort); text fields for the others."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        values = index.data(CHOICES_ROLE)
        if not values:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        box.setObjectName("opportunity_choice")
        for value, name in values:
            box.addItem(name, value)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class OpportunityDock(QDockWidget):
    """See the module. `map_filter(ids or None)`: the touchpoints the map shows undimmed (None: all);
    `show_requested(ids)`: select these touchpoints on the map; `status_message(text)`."""

    map_filter = Signal(object)
    show_requested = Signal(list)
    status_message = Signal(str)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opportunities_dock")
        self.document = document
        self.selected_touchpoints: list[str] = []
        self._map_ids: set[str] | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        filters = QHBoxLayout()
        self.owner = QComboBox(body)
        self.owner.setObjectName("opportunity_owner_filter")
        self.status = QComboBox(body)
        self.status.setObjectName("opportunity_status_filter")
        for box in (self.owner, self.status):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(8)
            filters.addWidget(box, 1)
        self.add = QToolButton(body)
        self.add.setObjectName("add_opportunity")
        self.delete = QToolButton(body)
        self.delete.setObjectName("delete_opportunity")
        layout.addLayout(filters)  # the filters get the whole width (at 1366 px the dock is ≈ 400 px wide)
        self.tabs = QTabWidget(body)
        self.tabs.setDocumentMode(True)
        self.table = QTableView(body)
        self.table.setObjectName("opportunity_list")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setItemDelegate(ChoiceDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.installEventFilter(self)
        self.table.setMinimumHeight(60)  # the panel may share a small corner with the findings
        self.matrix = OpportunityMatrix(body)
        self.tabs.addTab(self.table, "")
        self.tabs.addTab(self.matrix, "")
        layout.addWidget(self.tabs, 1)
        self.summary = QLabel(body)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #5F6B7A;")
        below = QHBoxLayout()  # the count, then the buttons that act on the list
        below.addWidget(self.summary, 1)
        below.addWidget(self.add)
        below.addWidget(self.delete)
        layout.addLayout(below)
        self.setWidget(body)
        self.model: OpportunityModel | None = None
        self.proxy: OpportunityFilter | None = None
        self.owner.currentIndexChanged.connect(self._filter_changed)
        self.status.currentIndexChanged.connect(self._filter_changed)
        self.add.clicked.connect(self.add_opportunity)
        self.delete.clicked.connect(self.delete_current)
        self.matrix.current_changed.connect(self.select)
        self.matrix.rate_requested.connect(self.rate)
        self.matrix.activated.connect(self._show_on_map)
        self.set_document(document)
        self.retranslate()

    # ---------------------------------------------------------------- document
    def set_document(self, document: Document) -> None:
        if self.model is not None:
            self.model.detach()
            self.document.project.changed.disconnect(self._refresh)
        self.document = document
        self.model = OpportunityModel(document, self.edit)
        self.proxy = OpportunityFilter(self.model)
        self.table.setModel(self.proxy)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        for name, width in (("text", 190), ("status", 90), ("owner", 110), ("impact", 80), ("effort", 80)):
            self.table.setColumnWidth(COLUMNS.index(name), width)
        document.project.changed.connect(self._refresh)
        self.owner.blockSignals(True)
        self.owner.setCurrentIndex(0)
        self.owner.blockSignals(False)
        self.status.setCurrentIndex(0)
        self._refresh()

    def _refresh(self) -> None:
        """Owners offered by the filter, the matrix's chips and the counts, after any change of the journey."""
        project = self.document.project
        chosen = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        for name in sorted({" ".join(o.owner.split()) for o in project.opportunities} - {""}, key=str.casefold):
            self.owner.addItem(name, name)
        self.owner.addItem(self.tr("Nobody yet"), "")
        self.owner.setCurrentIndex(max(0, self.owner.findData(chosen)))
        self.owner.blockSignals(False)
        self._apply()

    def _filter_changed(self, *_args: object) -> None:
        self._apply()

    def _apply(self) -> None:
        """The filter on list, matrix and map."""
        assert self.proxy is not None
        owner, status = self.owner.currentData(), self.status.currentData()
        self.proxy.set_filter(owner, status)
        shown = [o for o in self.document.project.opportunities if self.proxy.accepts(o)]
        self.matrix.set_opportunities(shown)
        filtering = owner is not None or status is not None
        self._map_ids = {t for o in shown for t in o.touchpoint_ids} if filtering else None
        self.map_filter.emit(self._map_ids)
        total = len(self.document.project.opportunities)
        text = self.tr("%n opportunity(s)", "", total)
        if filtering:
            text = self.tr("%1 of %2 shown; the map dims the touchpoints of the others").replace(
                "%1", str(len(shown))).replace("%2", str(total))
        self.summary.setText(text)
        self._enable()

    def map_ids(self) -> set[str] | None:
        """The touchpoints the map shows undimmed (None: no filter)."""
        return self._map_ids

    # ---------------------------------------------------------------- selection
    def current_id(self) -> str | None:
        if self.tabs.currentWidget() is self.matrix:
            return self.matrix.current
        index = self.table.currentIndex()
        return str(index.data(ID_ROLE)) if index.isValid() else None

    def select(self, oid: str) -> None:
        """Make `oid` the current opportunity in list and matrix (clearing a filter that hides it)."""
        assert self.proxy is not None and self.model is not None
        row = self.model.row_of(oid)
        if row is None:
            return
        if not self.proxy.accepts(self.model.items[row]):
            self.owner.setCurrentIndex(0)
            self.status.setCurrentIndex(0)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and self.table.currentIndex().row() != index.row():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self.matrix.set_current(oid)

    def show_opportunity(self, oid: str) -> None:
        """Raise the panel with `oid` current in the list, ready for the keyboard."""
        self.show()
        self.raise_()
        self.tabs.setCurrentWidget(self.table)
        self.select(oid)
        self.table.setFocus()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.matrix.set_current(str(current.data(ID_ROLE)))
        self._enable()

    def _enable(self) -> None:
        self.delete.setEnabled(self.current_id() is not None)  # (a read-only journey is edited too, saved as a copy)

    def _show_on_map(self, oid: str) -> None:
        project = self.document.project
        if project.has_opportunity(oid):
            self.show_requested.emit(list(project.opportunity(oid).touchpoint_ids))

    # ---------------------------------------------------------------- edits
    def edit(self, oid: str, changes: dict[str, Any]) -> None:
        """One undo step for an edited cell of the list."""
        project = self.document.project
        if not project.has_opportunity(oid):
            return
        text = OPPORTUNITY_TEXTS.set_status() if "status" in changes else OPPORTUNITY_TEXTS.rate() if (
            {"impact", "effort"} & changes.keys()) else OPPORTUNITY_TEXTS.edit()
        try:
            Opportunity.model_validate({**project.opportunity(oid).model_dump(), **changes})
            command = EditOpportunity(project, oid, changes, text=text)
        except (ValidationError, ModelError):
            return
        if command.changed:
            self.document.push(command)
        if "status" in changes:
            self.status_message.emit(self.tr("“%1” is now %2").replace("%1", project.opportunity(oid).text).replace(
                "%2", status_name(project.opportunity(oid).status)))

    def rate(self, oid: str, impact: int | None, effort: int | None) -> None:
        """A chip dragged (or moved by keyboard) into another cell of the matrix: one undo step."""
        project = self.document.project
        if project.has_opportunity(oid):
            command = EditOpportunity(project, oid, {"impact": impact, "effort": effort},
                                      text=OPPORTUNITY_TEXTS.rate())
            if command.changed:
                self.document.push(command)
                self.matrix.set_current(oid)

    def add_opportunity(self) -> str | None:
        """A new opportunity for the touchpoints selected on the map (none: the whole journey), its text in edit."""
        project = self.document.project
        tids = tuple(t for t in self.selected_touchpoints if project.has_touchpoint(t))
        opportunity = Opportunity(id=new_id("op"), text=self.tr("New opportunity"), touchpoint_ids=tids,
                                  owner=self.owner.currentData() or "", status=self.status.currentData() or "idea")
        self.document.push(AddOpportunity(project, opportunity))
        self.show_opportunity(opportunity.id)
        index = self.table.currentIndex()
        if index.isValid():
            assert self.proxy is not None
            self.table.edit(self.proxy.index(index.row(), COLUMNS.index("text")))
        return opportunity.id

    def delete_current(self) -> None:
        oid = self.current_id()
        if oid is not None and self.document.project.has_opportunity(oid):
            self.document.push(RemoveOpportunities(self.document.project, [oid]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list deletes the current opportunity (not the map's selection); Enter edits the cell."""
        if watched is self.table and isinstance(event, QKeyEvent) and \
                self.table.state() != QAbstractItemView.State.EditingState:
            if delete_in_list(event, self.delete_current):
                return True
            if (event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                    and self.table.currentIndex().isValid()):
                self.table.edit(self.table.currentIndex())
                return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Opportunities"))
        self.tabs.setTabText(0, self.tr("List"))
        self.tabs.setTabText(1, self.tr("Impact/effort"))
        self.tabs.setAccessibleName(self.tr("List or matrix of the opportunities"))
        self.add.setText(self.tr("Add"))
        self.add.setToolTip(self.tr("Add an opportunity for the touchpoints selected on the map"))
        self.delete.setText(self.tr("Delete"))
        self.delete.setToolTip(self.tr("Delete the chosen opportunity (Delete)"))
        self.owner.setAccessibleName(self.tr("Filter by owner"))
        self.status.setAccessibleName(self.tr("Filter by status"))
        self.owner.setToolTip(self.tr("Show only this owner's opportunities, here and on the map"))
        self.status.setToolTip(self.tr("Show only opportunities with this status, here and on the map"))
        chosen = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All statuses"), None)
        for status in STATUSES:
            self.status.addItem(status_name(status), status)
        self.status.setCurrentIndex(max(0, self.status.findData(chosen)))
        self.status.blockSignals(False)
        self.table.setAccessibleName(self.tr("Opportunities"))
        if self.model is not None:
            self._refresh()
