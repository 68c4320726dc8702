"""The service blueprint view: the journey's touchpoints as columns under their phase headers, the blueprint rows
below them with the three lines drawn and labelled, every cell edited in place (`cells`).

Keyboard: the arrow keys and Tab go from cell to cell (the phase and line rows are skipped), Enter or F2 edits the
current cell (typing starts editing too), Esc cancels, Delete empties a blueprint cell; Ctrl+C copies a cell's
texts, Ctrl+V puts the clipboard's lines into it. Every change is one undo step. The current column's touchpoint is
reported (`touchpoint_chosen`) so that the window selects it on the map and the inspector shows it.

A catalogue entry dragged over the blueprint lights up the phase under the pointer (its columns, a gap too) and is
handed on when dropped (`entry_dropped(entry id, phase id)`, see `drops`): the owner adds it to that phase. A phase
without touchpoints (a gap) can be current too; Enter or a double-click on it asks the owner to offer the catalogue
for that phase (`gap_activated`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFontMetrics,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPaintEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from journeymap.app.blueprint.cells import BlueprintDelegate
from journeymap.app.blueprint.drops import CatalogueDrops
from journeymap.app.blueprint.table import (
    EDITABLE,
    ID_ROLE,
    KIND_ROLE,
    OWNER_ROLE,
    ROWS,
    TEXTS_ROLE,
    BlueprintModel,
    gap_text,
)

COLUMN = 200
EMPTY_COLUMN = 150
LINE_ROW = 22
PHASE_ROW = 30
MIN_ROW, MAX_ROW = 64, 360
_OWN_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Cut,
             QKeySequence.StandardKey.Delete)


class BlueprintView(QTableView):
    """Shows and edits a `BlueprintModel`; `touchpoint_chosen(id)` when the current column changes,
    `entry_dropped(entry id, phase id)` when a catalogue entry is dropped on a phase's columns."""

    touchpoint_chosen = Signal(str)
    entry_dropped = Signal(str, str)
    gap_chosen = Signal(str)  # phase id: a phase without touchpoints became current
    gap_activated = Signal(str)  # phase id: Enter or a double-click on it (to pick a catalogue entry for it)

    def __init__(self, model: BlueprintModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blueprint_view")
        self.delegate = BlueprintDelegate(self)
        self._needs: dict[str, list[int]] = {}  # row kind -> the height each column's cell needs
        self.setItemDelegate(self.delegate)
        self.delegate.go_on.connect(self._go_on)
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(True)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.drops = CatalogueDrops(self)
        self.setShowGrid(False)
        self.setWordWrap(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.horizontalHeader().hide()
        header = self.verticalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        header.setMinimumWidth(120)
        model.modelReset.connect(self.relayout)
        model.dataChanged.connect(self._data_changed)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self.doubleClicked.connect(lambda index: self._activate_gap(index))
        self.relayout()

    def blueprint_model(self) -> BlueprintModel:
        model = self.model()
        assert isinstance(model, BlueprintModel)
        return model

    # ---------------------------------------------------------------- layout
    def relayout(self) -> None:
        """Spans for the phase headers and the lines, column widths, row heights (after the model was reset)."""
        model = self.blueprint_model()
        self.clearSpans()
        count = model.columnCount()
        phase_row = ROWS.index("phase")
        for span in model.spans:
            if span.count > 1:
                self.setSpan(phase_row, span.first, 1, span.count)
        for row, kind in enumerate(ROWS):
            if kind.startswith("line:") and count > 1:
                self.setSpan(row, 0, 1, count)
        for column, col in enumerate(model.columns):
            self.setColumnWidth(column, EMPTY_COLUMN if col.is_empty else COLUMN)
        self._fit_rows()

    def _fit_rows(self, column: int | None = None) -> None:
        """Rows as tall as their fullest cell (within limits). Each cell's need is kept, so a change in one column
        measures that column only (a journey of 2,000 touchpoints stays quick to edit)."""
        model = self.blueprint_model()
        columns = range(model.columnCount()) if column is None else [column]
        if column is None:
            self._needs = {kind: [0] * model.columnCount() for kind in ("customer", *EDITABLE)}
        for row, kind in enumerate(ROWS):
            if kind == "phase":
                self.setRowHeight(row, PHASE_ROW)
            elif kind.startswith("line:"):
                self.setRowHeight(row, LINE_ROW)
            else:
                needs = self._needs[kind]
                for c in columns:
                    needs[c] = self._need(model, row, kind, c)
                low, high = (72, 160) if kind == "customer" else (MIN_ROW, MAX_ROW)
                self.setRowHeight(row, min(high, max([low, *needs])))

    def _need(self, model: BlueprintModel, row: int, kind: str, column: int) -> int:
        """The height one cell needs: a card for the customer's action, else its texts and owner."""
        if kind == "customer":
            bold = self.font()
            bold.setBold(True)
            metrics = QFontMetrics(bold)
            tp = model.touchpoint_at(column)
            label = metrics.boundingRect(0, 0, self.columnWidth(column) - 24, 10_000, int(Qt.TextFlag.TextWordWrap),
                                         gap_text() if tp is None else tp.label).height()
            return label + metrics.height() + 26
        index = model.index(row, column)
        return self.delegate.cell_height(self.font(), self.columnWidth(column), index.data(TEXTS_ROLE),
                                         str(index.data(OWNER_ROLE) or ""))

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: object = None) -> None:
        column = top_left.column()
        if column == bottom_right.column():
            self.setColumnWidth(column, EMPTY_COLUMN if self.blueprint_model().columns[column].is_empty else COLUMN)
            self._fit_rows(column)
        else:
            self.relayout()

    # ---------------------------------------------------------------- selection
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        if current.data(ID_ROLE) is not None:
            self.touchpoint_chosen.emit(str(current.data(ID_ROLE)))
        elif (phase := self._gap_phase(current)) is not None:
            self.gap_chosen.emit(phase)

    def _gap_phase(self, index: QModelIndex | QPersistentModelIndex) -> str | None:
        """The phase id of a gap's cell, else None."""
        model = self.blueprint_model()
        if not index.isValid() or not model.columns[index.column()].is_gap:
            return None
        return model.document.project.phase_model.phases[model.columns[index.column()].phase_index].id

    def _activate_gap(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        phase = self._gap_phase(index)
        if phase is None:
            return False
        self.gap_activated.emit(phase)
        return True

    def show_touchpoint(self, tid: str, row: str = "frontstage") -> None:
        """Make the cell of `row` in `tid`'s column current and visible (no signal loop: only when it changes)."""
        model = self.blueprint_model()
        column = model.column_of(tid)
        if column is None:
            return
        index = model.index(ROWS.index(row), column)
        current = self.currentIndex()
        if current.isValid() and current.column() == column:
            return
        self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.scrollTo(index)

    def current_cell(self) -> tuple[str, str] | None:
        """(touchpoint id, row kind) of the current cell."""
        index = self.currentIndex()
        return (str(index.data(ID_ROLE)), str(index.data(KIND_ROLE))) if index.isValid() else None

    def _go_on(self, forward: bool) -> None:
        """After Tab (Shift+Tab) in a cell's editor: the next (previous) cell, in edit."""
        action = QAbstractItemView.CursorAction.MoveNext if forward else QAbstractItemView.CursorAction.MovePrevious
        index = self.moveCursor(action, Qt.KeyboardModifier.NoModifier)
        if index.isValid():
            self.setCurrentIndex(index)
            self.edit(index)

    # ---------------------------------------------------------------- catalogue drops (`drops`)
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.drops.over(event):
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not self.drops.over(event):
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drops.leave()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        dropped = self.drops.drop(event)
        if dropped is None:
            event.ignore()
        else:
            self.entry_dropped.emit(*dropped)

    def drop_rect(self) -> QRect | None:
        """Where the phase a catalogue drag is over shows (viewport coordinates), or None."""
        return self.drops.rect()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.drops.paint()

    # ---------------------------------------------------------------- keys
    def event(self, event: QEvent) -> bool:
        """Copy, paste, cut and Delete act on the current cell, not on the map's selection."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and \
                self.state() != QAbstractItemView.State.EditingState and \
                any(event.matches(key) for key in _OWN_KEYS):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.delegate.tabbing and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return  # the Tab that ended an edit: `_go_on` moves on
        index = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and index.isValid():
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
                    Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
                if not self._activate_gap(index):
                    self.edit(index)
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self._copy(index)
                return
            if event.matches(QKeySequence.StandardKey.Cut):
                self._copy(index)
                self._clear(index)
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self._paste(index)
                return
            if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
                self._clear(index)
                return
        super().keyPressEvent(event)

    def _copy(self, index: QModelIndex | QPersistentModelIndex) -> None:
        QGuiApplication.clipboard().setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))

    def _clear(self, index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(KIND_ROLE) in EDITABLE:
            self.model().setData(index, {"texts": [], "owner": ""}, Qt.ItemDataRole.EditRole)

    def _paste(self, index: QModelIndex | QPersistentModelIndex) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            return
        if index.data(KIND_ROLE) in EDITABLE:
            value = index.data(Qt.ItemDataRole.EditRole)
            owner = value.get("owner", "") if isinstance(value, dict) else ""
            self.model().setData(index, {"texts": text.splitlines(), "owner": owner}, Qt.ItemDataRole.EditRole)
        elif index.data(KIND_ROLE) == "customer":
            self.model().setData(index, " ".join(text.split()), Qt.ItemDataRole.EditRole)
