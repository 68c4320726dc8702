"""Journey ▸ Phases…: rename, add, remove and reorder the lanes of the map in one dialog, or start from a preset
(AIDA(LA), AIDA, the five-stage model). The cards of a removed phase go to a phase the user picks.

OK applies everything as one `EditPhases` command: one undo step, however much was changed.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.icons import icon
from journeymap.commands import EditPhases
from journeymap.model import LocalText, Phase, PhaseModel, Project, new_id
from journeymap.model.limits import MAX_STRING
from journeymap.model.phases import PRESETS, preset_id

if TYPE_CHECKING:
    from journeymap.document import Document

MAX_PHASES = 24
FIELDS = ("name_de", "subtitle_de", "name_en", "subtitle_en")


def _row(phase: Phase) -> dict[str, str]:
    return {"id": phase.id, "name_de": phase.name.de, "name_en": phase.name.en,
            "subtitle_de": phase.subtitle.de, "subtitle_en": phase.subtitle.en}


class PhasesDialog(QDialog):
    """Edit the lanes of `project`; `result()` gives the new phase model and where removed phases' cards go."""

    def __init__(self, project: Project, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phases_dialog")
        self.project = project
        self.lang = lang
        self.original = project.phase_model
        self.rows: list[dict[str, str]] = [_row(p) for p in self.original.phases]
        self.cards = Counter(t.phase for t in project.touchpoints)
        self.targets: dict[str, QComboBox] = {}
        self._loading = False
        # the UI language's texts first
        self.columns = ("name_de", "subtitle_de", "name_en", "subtitle_en") if lang == "de" else (
            "name_en", "subtitle_en", "name_de", "subtitle_de")
        self.table = QTableWidget(0, len(self.columns) + 1, self)
        self.table.setObjectName("phase_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column in range(len(self.columns)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(self.columns), QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(lambda *_: self._update_buttons())
        self.add_button = self._button("add", self.add_phase)
        self.remove_button = self._button("remove", self.remove_phase)
        self.up_button = self._button(None, lambda: self.move_phase(-1))
        self.up_button.setArrowType(Qt.ArrowType.UpArrow)
        self.down_button = self._button(None, lambda: self.move_phase(1))
        self.down_button.setArrowType(Qt.ArrowType.DownArrow)
        self.preset_button = QPushButton(self)
        self.preset_button.setObjectName("phase_presets")
        self.preset_menu = QMenu(self)
        self.preset_actions = {}
        for model_id in PRESETS:
            action = self.preset_menu.addAction("")
            action.triggered.connect(lambda _checked=False, m=model_id: self.use_preset(m))
            self.preset_actions[model_id] = action
        self.preset_button.setMenu(self.preset_menu)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.preset_button)
        self.moves_box = QGroupBox(self)
        self.moves_form = QFormLayout(self.moves_box)
        self.problem = QLabel(self)
        self.problem.setObjectName("phase_problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #B03A2E;")
        self.box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.box.accepted.connect(self.accept)
        self.box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.moves_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.box)
        self.resize(760, 520)
        self.retranslate()
        self._render(0)

    def _button(self, icon_name: str | None, slot) -> QToolButton:
        button = QToolButton(self)
        if icon_name:
            button.setIcon(icon(icon_name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # ---------------------------------------------------------------- editing the list
    def current_row(self) -> int:
        return self.table.currentRow()

    def add_phase(self) -> None:
        """A new lane below the current one (or at the end), its name ready to type."""
        if len(self.rows) >= MAX_PHASES:
            return
        row = self.current_row() + 1 if self.current_row() >= 0 else len(self.rows)
        name = self.tr("New phase")
        self.rows.insert(row, {"id": new_id("phase"), "name_de": name if self.lang == "de" else "",
                               "name_en": name if self.lang != "de" else "", "subtitle_de": "", "subtitle_en": ""})
        self._render(row)
        self.table.editItem(self._cell(row, 0))

    def remove_phase(self) -> None:
        row = self.current_row()
        if 0 <= row < len(self.rows) and len(self.rows) > 1:
            del self.rows[row]
            self._render(min(row, len(self.rows) - 1))

    def move_phase(self, step: int) -> None:
        row = self.current_row()
        if 0 <= row < len(self.rows) and 0 <= row + step < len(self.rows):
            self.rows[row], self.rows[row + step] = self.rows[row + step], self.rows[row]
            self._render(row + step)

    def use_preset(self, model_id: str) -> None:
        """Replace the list with a preset's lanes (phases with the same id keep their cards)."""
        self.rows = [_row(p) for p in PRESETS[model_id]().phases]
        self._render(0)

    def rename(self, row: int, text: str, field: str | None = None) -> None:
        """Set a lane's name (or `field`) as if typed into the table."""
        column = self.columns.index(field or self.columns[0])
        self._cell(row, column).setText(text)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        """The table's item in `row` and `column` (`_render` gives every cell of a lane one)."""
        item = self.table.item(row, column)
        if item is None:
            raise IndexError(f"the table has no lane {row}")
        return item

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() >= len(self.columns):
            return
        self.rows[item.row()][self.columns[item.column()]] = item.text().strip()[:MAX_STRING]
        self._check()

    def _render(self, current: int) -> None:
        self._loading = True
        try:
            self.table.setRowCount(len(self.rows))
            for r, row in enumerate(self.rows):
                for c, field in enumerate(self.columns):
                    self.table.setItem(r, c, QTableWidgetItem(row[field]))
                count = QTableWidgetItem(str(self.cards.get(row["id"], 0)))
                count.setFlags(count.flags() & ~Qt.ItemFlag.ItemIsEditable)
                count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, len(self.columns), count)
            if self.rows:
                self.table.setCurrentCell(max(0, min(current, len(self.rows) - 1)), 0)
        finally:
            self._loading = False
        self._show_moves()
        self._update_buttons()
        self._check()

    def _update_buttons(self) -> None:
        row = self.current_row()
        self.add_button.setEnabled(len(self.rows) < MAX_PHASES)
        self.remove_button.setEnabled(row >= 0 and len(self.rows) > 1)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self.rows) - 1)

    # ---------------------------------------------------------------- cards of removed phases
    def removed_with_cards(self) -> list[Phase]:
        kept = {row["id"] for row in self.rows}
        return [p for p in self.original.phases if p.id not in kept and self.cards.get(p.id)]

    def _show_moves(self) -> None:
        chosen = {pid: box.currentData() for pid, box in self.targets.items()}
        while self.moves_form.rowCount():
            self.moves_form.removeRow(0)
        self.targets = {}
        removed = self.removed_with_cards()
        for phase in removed:
            box = QComboBox(self.moves_box)
            box.setObjectName(f"target_{phase.id}")
            for row in self.rows:
                box.addItem(self._name(row), row["id"])
            previous = chosen.get(phase.id) or self._neighbour(phase.id)
            box.setCurrentIndex(max(0, box.findData(previous)))
            self.targets[phase.id] = box
            text = self.tr("%n card(s) of “%1” go to", "", self.cards[phase.id]).replace(
                "%1", phase.name.get(self.lang) or phase.id)
            self.moves_form.addRow(text, box)
        self.moves_box.setVisible(bool(removed))

    def _neighbour(self, phase_id: str) -> str:
        """The lane that came before the removed one (or the first lane), as a sensible default target."""
        kept = [row["id"] for row in self.rows]
        order = self.original.ids()
        for pid in reversed(order[:order.index(phase_id)]):
            if pid in kept:
                return pid
        return kept[0]

    def _name(self, row: dict[str, str]) -> str:
        first, second = ("name_de", "name_en") if self.lang == "de" else ("name_en", "name_de")
        return row[first] or row[second] or row["id"]

    def set_target(self, phase_id: str, target_id: str) -> None:
        box = self.targets[phase_id]
        box.setCurrentIndex(box.findData(target_id))

    # ---------------------------------------------------------------- result
    def _check(self) -> None:
        nameless = [r + 1 for r, row in enumerate(self.rows) if not (row["name_de"] or row["name_en"])]
        self.problem.setText(self.tr("Every phase needs a name (row %1).").replace(
            "%1", ", ".join(map(str, nameless))) if nameless else "")
        self.problem.setVisible(bool(nameless))
        self.box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not nameless)

    def model(self) -> PhaseModel:
        phases = tuple(Phase(id=row["id"], name=LocalText(de=row["name_de"], en=row["name_en"]),
                             subtitle=LocalText(de=row["subtitle_de"], en=row["subtitle_en"])) for row in self.rows)
        return PhaseModel(id=preset_id(phases), phases=phases)

    def reassign(self) -> dict[str, str]:
        return {pid: box.currentData() for pid, box in self.targets.items()}

    def changed(self) -> bool:
        return self.model() != self.original

    # ---------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Phases"))
        self.intro.setText(self.tr("The lanes of the map, left to right. Double-click a name to rename it; the "
                                   "number shows how many cards a lane holds."))
        heads = {"name_de": self.tr("Name (German)"), "subtitle_de": self.tr("Subtitle (German)"),
                 "name_en": self.tr("Name (English)"), "subtitle_en": self.tr("Subtitle (English)")}
        self.table.setHorizontalHeaderLabels([heads[c] for c in self.columns] + [self.tr("Cards")])
        self.add_button.setText(self.tr("Add"))
        self.add_button.setToolTip(self.tr("Add a lane after the selected one"))
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected lane; its cards go to the lane you pick below"))
        self.up_button.setToolTip(self.tr("Move the lane to the left"))
        self.down_button.setToolTip(self.tr("Move the lane to the right"))
        self.preset_button.setText(self.tr("Use a model"))
        self.preset_actions["aidala"].setText(self.tr("AIDA(LA): six phases, attention … advocacy"))
        self.preset_actions["aida"].setText(self.tr("AIDA: four phases, attention … action"))
        self.preset_actions["five_stage"].setText(self.tr("Five stages: awareness … advocacy"))
        self.moves_box.setTitle(self.tr("Cards of removed phases"))
        self._show_moves()


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_phases(parent: QWidget, document: Document, lang: str) -> bool:
    """Journey ▸ Phases…: edit the lanes of `document`'s journey over `parent`; OK is one undo step."""
    project = document.project
    dialog = PhasesDialog(project, lang, parent)
    try:
        if not run_dialog(dialog) or not dialog.changed():
            return False
        document.push(EditPhases(project, dialog.model(), dialog.reassign()))
        return True
    finally:
        dialog.deleteLater()
