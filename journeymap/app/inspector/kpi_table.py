"""The KPI table of the inspector: name, unit, target, actual and which direction is better; add/remove rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.app import i18n
from journeymap.app.delete_key import delete_in_list
from journeymap.app.icons import icon
from journeymap.model import Kpi

NAME, UNIT, TARGET, ACTUAL, BETTER = range(5)


def number_locale(lang: str | None = None) -> QLocale:
    """The locale numbers follow: the UI language's (`1,2` in German, `1.2` in English), not the system's
    regional variant, so that the editor, the PDF and `journeymap check` write numbers alike."""
    if (lang or i18n.current()) == "de":
        return QLocale(QLocale.Language.German, QLocale.Country.Germany)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def format_number(value: float | None) -> str:
    """A KPI value as the UI language writes it (`2,5` / `2.5`; up to 15 significant digits)."""
    return "" if value is None else number_locale().toString(float(value), "g", 15)


def parse_number(text: str) -> tuple[float | None, bool]:
    """A number typed in the UI language; `2,5` and `2.5` both work in either (German reads `1.234` as a thousand
    and more, as it is written there). Empty means None. Returns (value, ok)."""
    text = text.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if not text:
        return None, True
    lang = i18n.current()
    for locale in (number_locale(lang), QLocale.c(), number_locale("en" if lang == "de" else "de")):
        value, ok = locale.toDouble(text)  # the UI language's reading first, then the other ways of writing
        if ok:
            break
    if ok and abs(value) > 1e15:
        return None, False
    return (value, True) if ok else (None, False)


class KpiTable(QWidget):
    """Edit a touchpoint's KPIs; every change emits the whole new tuple once (`kpis_edited`)."""

    kpis_edited = Signal(tuple)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kpis: tuple[Kpi, ...] = ()
        self._typical: list[Kpi] = []
        self._loading = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.table = QTableWidget(0, 5, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (UNIT, TARGET, ACTUAL, BETTER):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(110)
        self.table.setMaximumHeight(170)
        self.table.itemChanged.connect(self._item_changed)
        self.table.installEventFilter(self)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        self.add_button = QToolButton(self)
        self.add_button.setIcon(icon("add"))
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_button.clicked.connect(lambda: self.add_kpi(Kpi(name=self.tr("New KPI"))))
        self.typical_button = QPushButton(self)  # a push button leaves room for its menu arrow (a tool button
        self.typical_menu = QMenu(self)          # draws it over the text)
        self.typical_button.setMenu(self.typical_menu)
        self.remove_button = QToolButton(self)
        self.remove_button.setIcon(icon("remove"))
        self.remove_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.remove_button.clicked.connect(self.remove_selected)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.typical_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.retranslate()

    # ---------------------------------------------------------------- showing
    def kpis(self) -> tuple[Kpi, ...]:
        return self._kpis

    def set_kpis(self, kpis: Sequence[Kpi], force: bool = False) -> None:
        """Show `kpis` (rebuilding only when they differ from what is shown, or when `force`d: another item)."""
        kpis = tuple(kpis)
        if not force and kpis == self._kpis and self.table.rowCount() == len(kpis):
            return
        self._kpis = kpis
        self._loading = True
        self.table.setRowCount(len(kpis))
        for row, kpi in enumerate(kpis):
            name = QTableWidgetItem(kpi.name)
            status = kpi.status()
            if status != "open":
                name.setIcon(icon("ok" if status == "met" else "warning"))
                name.setToolTip(self._status_text(status))
            self.table.setItem(row, NAME, name)
            for column, text in ((UNIT, kpi.unit), (TARGET, format_number(kpi.target)),
                                 (ACTUAL, format_number(kpi.actual))):
                item = QTableWidgetItem(text)
                if column in (TARGET, ACTUAL):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
            box = QComboBox(self.table)
            box.addItem(self.tr("higher"), "higher")
            box.addItem(self.tr("lower"), "lower")
            box.setCurrentIndex(0 if kpi.better == "higher" else 1)
            box.setToolTip(self.tr("Is a higher or a lower value better?"))
            box.currentIndexChanged.connect(lambda _i, r=row: self._better_changed(r))
            self.table.setCellWidget(row, BETTER, box)
        self._loading = False
        self.remove_button.setEnabled(bool(kpis))

    def set_typical(self, typical: Sequence[Kpi]) -> None:
        """KPIs the catalogue suggests for this touchpoint (offered in the "typical KPI" menu)."""
        self._typical = list(typical)
        self.typical_menu.clear()
        for kpi in self._typical:
            text = f"{kpi.name} ({kpi.unit})" if kpi.unit else kpi.name
            self.typical_menu.addAction(text, self._adds(kpi))
        self.typical_button.setEnabled(bool(self._typical))

    # ---------------------------------------------------------------- editing
    def _adds(self, kpi: Kpi) -> Callable[[], None]:
        return lambda: self.add_kpi(kpi)

    def add_kpi(self, kpi: Kpi) -> None:
        self.kpis_edited.emit((*self._kpis, kpi))
        row = len(self._kpis) - 1
        name = self.table.item(row, NAME) if row >= 0 else None  # (None: the new row is not shown)
        if name is not None:
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(name)

    def remove_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentRow() >= 0:
            rows = {self.table.currentRow()}
        if rows:
            self.kpis_edited.emit(tuple(k for i, k in enumerate(self._kpis) if i not in rows))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        row, column = item.row(), item.column()
        if row >= len(self._kpis):
            return
        kpi = self._kpis[row]
        text = item.text().strip()
        change: dict[str, object] | None
        if column == NAME:
            change = {"name": text} if text else None
        elif column == UNIT:
            change = {"unit": text}
        else:
            value, ok = parse_number(text)
            change = {"target" if column == TARGET else "actual": value} if ok else None
        if change is None:  # not acceptable: show the stored value again
            self._reset_row(row)
            return
        new = kpi.model_copy(update=change)
        if new != kpi:
            self._emit_row(row, Kpi.model_validate(new.model_dump()))
        else:
            self._reset_row(row)

    def _better_changed(self, row: int) -> None:
        if self._loading or row >= len(self._kpis):
            return
        box = self.table.cellWidget(row, BETTER)
        if not isinstance(box, QComboBox):
            return
        self._emit_row(row, self._kpis[row].model_copy(update={"better": box.currentData()}))

    def _emit_row(self, row: int, kpi: Kpi) -> None:
        self.kpis_edited.emit(tuple(kpi if i == row else k for i, k in enumerate(self._kpis)))

    def _reset_row(self, row: int) -> None:
        kpis, self._kpis = self._kpis, ()
        self.set_kpis(kpis)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the table removes KPI rows (and never reaches the window's Delete action)."""
        if (watched is self.table and self.table.state() != QAbstractItemView.State.EditingState
                and delete_in_list(event, self.remove_selected)):
            return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("KPI"), self.tr("Unit"), self.tr("Target"), self.tr("Actual"), self.tr("Better")]
        )
        self.add_button.setText(self.tr("Add KPI"))
        self.table.setAccessibleName(self.tr("KPIs of the touchpoint"))
        self.typical_button.setText(self.tr("Typical KPIs"))
        self.typical_button.setToolTip(self.tr("Add a KPI the catalogue suggests for this touchpoint"))
        self.remove_button.setText(self.tr("Remove"))
        kpis, self._kpis = self._kpis, ()
        self.set_kpis(kpis)

    def _status_text(self, status: str) -> str:
        return self.tr("Target met") if status == "met" else self.tr("Target missed")
