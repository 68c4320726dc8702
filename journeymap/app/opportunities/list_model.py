"""The journey's opportunities as a table (text, status, owner, impact, effort, quadrant, touchpoints), sortable
by every column and filtered by owner and status (`OpportunityFilter`).

The model follows the project and never writes to it: an edited cell is handed to `edit`, a callable its owner gives,
which pushes one undo command.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from journeymap.app.opportunities.words import quadrant_name, rating_name, status_name
from journeymap.document import Document
from journeymap.model import STATUSES, Opportunity
from journeymap.model.opportunities import QUADRANTS, quadrant_of

COLUMNS = ("text", "status", "owner", "impact", "effort", "quadrant", "touchpoints")  # status in view on a laptop
EDITABLE = frozenset({"text", "owner", "status", "impact", "effort"})
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 3  # [(value, name)] of a column edited by choosing
Index = QModelIndex | QPersistentModelIndex
Edit = Callable[[str, dict[str, Any]], None]  # (opportunity id, changes) -> pushes one command


def column_title(name: str) -> str:
    return {
        "text": QCoreApplication.translate("Opportunities", "Opportunity"),
        "touchpoints": QCoreApplication.translate("Opportunities", "Touchpoints"),
        "owner": QCoreApplication.translate("Opportunities", "Owner"),
        "status": QCoreApplication.translate("Opportunities", "Status"),
        "impact": QCoreApplication.translate("Opportunities", "Impact"),
        "effort": QCoreApplication.translate("Opportunities", "Effort"),
        "quadrant": QCoreApplication.translate("Opportunities", "Quadrant"),
    }[name]


def choices(name: str) -> list[tuple[Any, str]]:
    """The values of a column edited by choosing, with their names."""
    if name == "status":
        return [(status, status_name(status)) for status in STATUSES]
    return [(None, rating_name(None)), *((value, rating_name(value)) for value in (1, 2, 3))]


class OpportunityModel(QAbstractTableModel):
    """Every opportunity of one document, in the journey's order (see the module)."""

    def __init__(self, document: Document, edit: Edit) -> None:
        super().__init__()
        self.document, self.edit = document, edit
        self.items: list[Opportunity] = list(document.project.opportunities)
        project = document.project
        for name in ("opportunity_added", "opportunity_removed"):
            getattr(project, name).connect(self._reset)
        project.opportunity_changed.connect(self._changed)
        project.touchpoint_changed.connect(self._touchpoint_changed)

    def detach(self) -> None:
        project = self.document.project
        for name in ("opportunity_added", "opportunity_removed"):
            getattr(project, name).disconnect(self._reset)
        project.opportunity_changed.disconnect(self._changed)
        project.touchpoint_changed.disconnect(self._touchpoint_changed)

    def _reset(self, *_args: object) -> None:
        self.beginResetModel()
        self.items = list(self.document.project.opportunities)
        self.endResetModel()

    def _changed(self, new: Opportunity, _old: Opportunity) -> None:
        for row, item in enumerate(self.items):
            if item.id == new.id:
                self.items[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                return

    def _touchpoint_changed(self, new: Any, old: Any) -> None:
        if new.label != old.label:
            column = COLUMNS.index("touchpoints")
            for row, item in enumerate(self.items):
                if new.id in item.touchpoint_ids:
                    self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def row_of(self, oid: str) -> int | None:
        return next((row for row, item in enumerate(self.items) if item.id == oid), None)

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if COLUMNS[index.column()] in EDITABLE:  # (a read-only journey is edited too, saved as a copy)
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        opp, name = self.items[index.row()], COLUMNS[index.column()]
        if role == ID_ROLE:
            return opp.id
        if role == CHOICES_ROLE:
            return choices(name) if name in ("status", "impact", "effort") else None
        if role == Qt.ItemDataRole.EditRole:
            return getattr(opp, name) if name in EDITABLE else None
        if role == SORT_ROLE:
            return self._sort_key(opp, name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(opp, name, role == Qt.ItemDataRole.ToolTipRole)
        return None

    def _text(self, opp: Opportunity, name: str, tip: bool) -> str:
        if name == "text":
            return opp.text if tip else " ".join(opp.text.split())
        if name == "touchpoints":
            project = self.document.project
            labels = [project.touchpoint(t).label for t in opp.touchpoint_ids if project.has_touchpoint(t)]
            return ", ".join(labels) or QCoreApplication.translate("Opportunities", "whole journey")
        if name == "owner":
            return opp.owner
        if name == "status":
            return status_name(opp.status)
        if name in ("impact", "effort"):
            return rating_name(getattr(opp, name))
        return quadrant_name(quadrant_of(opp))

    def _sort_key(self, opp: Opportunity, name: str) -> Any:
        if name == "status":
            return STATUSES.index(opp.status)
        if name in ("impact", "effort"):
            value = getattr(opp, name)
            return 0 if value is None else value
        if name == "quadrant":
            place = quadrant_of(opp)
            return len(QUADRANTS) if place is None else QUADRANTS.index(place)
        return self._text(opp, name, False).casefold()

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (self.flags(index)
                                                                           & Qt.ItemFlag.ItemIsEditable):
            return False
        opp, name = self.items[index.row()], COLUMNS[index.column()]
        if name in ("text", "owner"):
            value = " ".join(str(value).split())
            if name == "text" and not value:
                return False
        if getattr(opp, name) == value:
            return False
        self.edit(opp.id, {name: value})
        return True


class OpportunityFilter(QSortFilterProxyModel):
    """The opportunities of one owner and/or one status (None: any), sortable by every column."""

    def __init__(self, source: OpportunityModel) -> None:
        super().__init__()
        self.setSourceModel(source)
        self.setSortRole(SORT_ROLE)
        self.owner: str | None = None
        self.status: str | None = None

    def set_filter(self, owner: str | None, status: str | None) -> None:
        self.beginFilterChange()
        self.owner, self.status = owner, status
        self.endFilterChange()

    def accepts(self, opp: Opportunity) -> bool:
        if self.owner is not None and " ".join(opp.owner.split()).casefold() != self.owner.casefold():
            return False
        return self.status is None or opp.status == self.status

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        source = self.sourceModel()
        assert isinstance(source, OpportunityModel)
        return self.accepts(source.items[source_row])
