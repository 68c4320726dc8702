"""The service blueprint as a Qt table model: a column per touchpoint in journey order (`layout.blueprint`), and one
for each phase without touchpoints (a gap: its cells can be neither chosen nor edited); rows from top to bottom:
the phase headers, evidence, the customer's action, the line of interaction, frontstage, the line of visibility,
backstage, the line of internal interaction, support.

The model follows the project's signals and never writes to it: an edit of a cell is handed to `edit_cell`, a
callable the view's owner gives, which pushes one undo command (`SetBlueprintRow`, or `EditTouchpoint` for a label).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from journeymap.document import Document
from journeymap.layout import blueprint as bp
from journeymap.layout import theme as t
from journeymap.model import Opportunity, Touchpoint

ROWS: tuple[str, ...] = ("phase", "evidence", "customer", "line:interaction", "frontstage", "line:visibility",
                         "backstage", "line:internal", "support")
EDITABLE = frozenset(bp.EDITABLE_ROWS)
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's kind: "phase", "customer", "line:visibility", "evidence", …
OWNER_ROLE = Qt.ItemDataRole.UserRole + 2
COLOUR_ROLE = Qt.ItemDataRole.UserRole + 3  # the phase colour of the column (a card's strip: grey if analogue)
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 4  # the touchpoint's number in journey order, as on the map and paper
TEXTS_ROLE = Qt.ItemDataRole.UserRole + 5
ID_ROLE = Qt.ItemDataRole.UserRole + 6
GAP_ROLE = Qt.ItemDataRole.UserRole + 7  # True in the column of a phase without touchpoints
Index = QModelIndex | QPersistentModelIndex
EditCell = Callable[[str, str, Any], None]  # (touchpoint id, row kind, value) -> pushes one command


def row_name(kind: str) -> str:
    """The name of a row or line, as the view labels it."""
    return {
        "phase": QCoreApplication.translate("Blueprint", "Phase"),
        "evidence": QCoreApplication.translate("Blueprint", "Evidence"),
        "customer": QCoreApplication.translate("Blueprint", "Customer action"),
        "frontstage": QCoreApplication.translate("Blueprint", "Frontstage"),
        "backstage": QCoreApplication.translate("Blueprint", "Backstage"),
        "support": QCoreApplication.translate("Blueprint", "Support processes"),
        "line:interaction": QCoreApplication.translate("Blueprint", "Line of interaction"),
        "line:visibility": QCoreApplication.translate("Blueprint", "Line of visibility"),
        "line:internal": QCoreApplication.translate("Blueprint", "Line of internal interaction"),
    }[kind]


def gap_text(tooltip: bool = False) -> str:
    """What the column of a phase without touchpoints says (with `tooltip`, also how to fill it)."""
    if tooltip:
        return QCoreApplication.translate(
            "Blueprint",
            "No touchpoint in this phase yet: drag one from the catalogue here or onto its lane on the map.")
    return QCoreApplication.translate("Blueprint", "No touchpoint in this phase yet")


def gap_keys() -> str:
    """How to fill a gap from the keyboard (its tooltip's second line)."""
    return QCoreApplication.translate("Blueprint", "Enter: choose one in the catalogue.")


def row_hint(kind: str) -> str:
    """What belongs into a row (its tooltip and the hint in an empty cell's editor)."""
    return {
        "evidence": QCoreApplication.translate("Blueprint", "What the customer sees or holds here, one per line"),
        "customer": QCoreApplication.translate("Blueprint", "The touchpoint: what the customer does"),
        "frontstage": QCoreApplication.translate(
            "Blueprint", "What staff and systems do in view of the customer, one step per line"),
        "backstage": QCoreApplication.translate("Blueprint", "What happens behind the scenes for it, one per line"),
        "support": QCoreApplication.translate(
            "Blueprint", "Internal processes and systems that support it, one per line"),
    }.get(kind, "")


class BlueprintModel(QAbstractTableModel):
    """Touchpoints × blueprint rows of one document (see the module)."""

    def __init__(self, document: Document, edit_cell: EditCell, lang: str = "de", active: bool = True) -> None:
        super().__init__()
        self.document, self.edit_cell, self.lang = document, edit_cell, lang
        self.columns: list[bp.Column] = []
        self.spans: list[bp.PhaseSpan] = []
        self._column_of: dict[str, int] = {}
        self._opportunities: dict[str, int] = {}
        self._active, self._stale = active, not active
        if active:  # (a hidden blueprint is built when it is first shown)
            self._rebuild()
        project = document.project
        for name in ("touchpoint_added", "touchpoint_removed", "phases_changed"):
            getattr(project, name).connect(self._structure_changed)
        project.touchpoint_changed.connect(self._touchpoint_changed)
        for name in ("opportunity_added", "opportunity_removed", "opportunity_changed"):
            getattr(project, name).connect(self._opportunities_changed)

    def detach(self) -> None:
        """Stop following the project (the document is being closed)."""
        project = self.document.project
        for name in ("touchpoint_added", "touchpoint_removed", "phases_changed"):
            getattr(project, name).disconnect(self._structure_changed)
        project.touchpoint_changed.disconnect(self._touchpoint_changed)
        for name in ("opportunity_added", "opportunity_removed", "opportunity_changed"):
            getattr(project, name).disconnect(self._opportunities_changed)

    # ---------------------------------------------------------------- structure
    def _rebuild(self) -> None:
        data = self.document.project.to_data()
        self.columns = bp.columns(data)
        self.spans = bp.phase_spans(data, self.columns)
        self._column_of = {c.touchpoint.id: i for i, c in enumerate(self.columns) if c.touchpoint is not None}
        self._count_opportunities()

    def _count_opportunities(self) -> None:
        counts: dict[str, int] = {}
        for opp in self.document.project.opportunities:
            for tid in opp.touchpoint_ids:
                counts[tid] = counts.get(tid, 0) + 1
        self._opportunities = counts

    def set_active(self, on: bool) -> None:
        """Follow the project only while shown: changes while hidden rebuild the table once it is shown again."""
        self._active = on
        if on and self._stale:
            self._structure_changed()

    def _structure_changed(self, *_args: object) -> None:
        if not self._active:
            self._stale = True
            return
        self._stale = False
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def _touchpoint_changed(self, new: Touchpoint, old: Touchpoint) -> None:
        if not self._active:
            self._stale = True
            return
        if (new.phase, new.position) != (old.phase, old.position):
            self._structure_changed()
            return
        column = self._column_of.get(new.id)
        if column is not None:
            c = self.columns[column]
            self.columns[column] = bp.Column(new, c.number, c.phase_index)
            self.dataChanged.emit(self.index(0, column), self.index(len(ROWS) - 1, column))

    def _opportunities_changed(self, *values: Opportunity) -> None:
        if not self._active:
            self._stale = True
            return
        self._count_opportunities()
        row = ROWS.index("customer")
        for tid in {i for value in values for i in value.touchpoint_ids}:
            column = self._column_of.get(tid)
            if column is not None:
                self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(ROWS) - 1, len(self.columns) - 1))
        self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(ROWS) - 1)

    def column_of(self, tid: str) -> int | None:
        return self._column_of.get(tid)

    def touchpoint_at(self, column: int) -> Touchpoint | None:
        """The touchpoint of `column` (None: the gap of a phase without touchpoints)."""
        return self.columns[column].touchpoint

    # ---------------------------------------------------------------- Qt model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(ROWS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        kind = ROWS[index.row()]
        if self.columns[index.column()].is_gap:  # a phase without touchpoints: its note can be current (Enter adds)
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable if kind == "customer" else \
                Qt.ItemFlag.NoItemFlags
        if kind == "phase" or kind.startswith("line:"):
            return Qt.ItemFlag.NoItemFlags  # skipped by the cursor keys
        # (a read-only journey is edited too: only its file is not written, it is saved as a copy)
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            kind = ROWS[section]
            if role == Qt.ItemDataRole.DisplayRole:  # short, so that the labels leave the columns room
                if kind == "support":
                    return QCoreApplication.translate("Blueprint", "Support")
                return "" if kind.startswith("line:") else row_name(kind)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{row_name(kind)}: {row_hint(kind)}" if row_hint(kind) else None
            return None
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            tp = self.columns[section].touchpoint
            return gap_text() if tp is None else f"#{self.columns[section].number} {tp.label}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        kind, col = ROWS[index.row()], self.columns[index.column()]
        tp = col.touchpoint
        if role == KIND_ROLE:
            return kind
        if role == GAP_ROLE:
            return tp is None
        if role == ID_ROLE:
            return None if tp is None else tp.id
        if role == NUMBER_ROLE:
            return col.number
        if role == COLOUR_ROLE:
            phase = self.document.project.phase_model.phases[col.phase_index]
            colour = t.phase_colour(phase.id, col.phase_index)
            return colour if kind == "phase" or (tp is not None and tp.kind == "digital") else t.ANALOGUE_STRIP
        if kind == "phase":
            phase = self.document.project.phase_model.phases[col.phase_index]
            return phase.name.get(self.lang) or phase.id if role == Qt.ItemDataRole.DisplayRole else None
        if kind.startswith("line:"):
            return row_name(kind) if role == Qt.ItemDataRole.DisplayRole else None
        if tp is None:
            return self._gap(kind, role)
        if kind == "customer":
            return self._customer(tp, col.number, role)
        return self._row(tp, kind, role)

    def _customer(self, tp: Touchpoint, number: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return tp.label
        if role == OWNER_ROLE:
            return self._opportunities.get(tp.id, 0)  # shown as a count on the card
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"#{number} {tp.label}"
        return None

    @staticmethod
    def _gap(kind: str, role: int) -> Any:
        if role == TEXTS_ROLE:
            return []
        if kind == "customer" and role == Qt.ItemDataRole.DisplayRole:
            return gap_text()
        if kind == "customer" and role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return gap_text(tooltip=True) + "\n" + gap_keys()
        return None

    def _row(self, tp: Touchpoint, kind: str, role: int) -> Any:
        row = getattr(tp.blueprint, kind)
        if role == TEXTS_ROLE:
            return list(row.texts)
        if role == OWNER_ROLE:
            return row.owner
        if role == Qt.ItemDataRole.EditRole:
            return {"texts": list(row.texts), "owner": row.owner}
        if role == Qt.ItemDataRole.DisplayRole:
            return "\n".join(row.texts)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            head = f"{row_name(kind)} · #{self.columns[self._column_of[tp.id]].number} {tp.label}"
            owner = QCoreApplication.translate("Blueprint", "Owner: %1").replace("%1", row.owner) if row.owner \
                else ""
            body = "\n".join(f"• {text}" for text in row.texts) or QCoreApplication.translate(
                "Blueprint", "(empty: Enter or F2 to write)")
            return "\n".join(part for part in (head, body, owner) if part)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or not (self.flags(index)
                                                                           & Qt.ItemFlag.ItemIsEditable):
            return False
        kind, tp = ROWS[index.row()], self.columns[index.column()].touchpoint
        if tp is None:
            return False
        if kind == "customer":
            label = " ".join(str(value).split())
            if not label or label == tp.label:
                return False
            self.edit_cell(tp.id, kind, label)
            return True
        if kind not in EDITABLE or not isinstance(value, dict):
            return False
        texts = [line.strip() for line in value.get("texts", []) if line.strip()]
        owner = " ".join(str(value.get("owner", "")).split())
        row = getattr(tp.blueprint, kind)
        if (tuple(texts), owner) == (row.texts, row.owner):
            return False
        self.edit_cell(tp.id, kind, {"texts": texts, "owner": owner})
        return True
