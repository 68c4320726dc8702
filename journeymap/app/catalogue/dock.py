"""The catalogue palette: a thin list model over the catalogue entries, a filter proxy, and the dock around them.

A drag carries only the entry id (MIME `application/x-journeymap-touchpoint`); double-click or Enter asks the
window to add the entry to the current lane.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.icons import catalogue_icon
from journeymap.canvas import TOUCHPOINT_MIME
from journeymap.catalogue import Catalogue, Entry
from journeymap.model.phases import aidala

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
_PHASE_NAMES = {p.id: p.name for p in aidala().phases}
AnyIndex = QModelIndex | QPersistentModelIndex


def short_description(entry: Entry, lang: str) -> str:
    """The first sentence of an entry's description."""
    text = entry.description.get(lang)
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]


class CatalogueModel(QAbstractListModel):
    """Catalogue entries as rows: name and icon in the UI language, the entry id for drags."""

    def __init__(self, catalogue: Catalogue, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.catalogue = catalogue
        self.lang = lang
        self._entries = list(catalogue.entries)

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def set_language(self, lang: str) -> None:
        if lang != self.lang:
            self.lang = lang
            if self._entries:
                self.dataChanged.emit(self.index(0), self.index(len(self._entries) - 1))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt override)
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.name.get(self.lang)
        if role == Qt.ItemDataRole.DecorationRole:
            return catalogue_icon(entry.icon)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry)
        if role == ENTRY_ID_ROLE:
            return entry.id
        return None

    def _tooltip(self, entry: Entry) -> str:
        kind = self.tr("digital") if entry.kind == "digital" else self.tr("analogue")
        contact = self.tr("direct") if entry.contact == "direct" else self.tr("indirect")
        phases = ", ".join(_PHASE_NAMES[p].get(self.lang) for p in entry.phases)
        suits = self.tr("Suits: %1").replace("%1", phases)
        return (f"<p><b>{_html(entry.name.get(self.lang))}</b> · {kind}, {contact}</p>"
                f"<p>{_html(short_description(entry, self.lang))}</p><p><i>{_html(suits)}</i></p>")

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [TOUCHPOINT_MIME]

    def mimeData(self, indexes) -> QMimeData:
        mime = QMimeData()
        valid = [i for i in indexes if i.isValid()]
        if valid:
            mime.setData(TOUCHPOINT_MIME, self._entries[valid[0].row()].id.encode("utf-8"))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction


class CatalogueFilter(QSortFilterProxyModel):
    """Filters by phase, kind and search text; search hits are ranked as `Catalogue.search` ranks them."""

    def __init__(self, model: CatalogueModel, parent=None) -> None:
        super().__init__(parent)
        self.setSourceModel(model)
        self._model = model
        self.phase: str | None = None
        self.kind: str | None = None
        self.text = ""
        self._rank: dict[str, int] | None = None
        self.sort(0)

    def set_filters(self, phase: str | None = None, kind: str | None = None, text: str | None = None) -> None:
        """Change any of the filters (None keeps the text, but clears phase/kind)."""
        self.phase, self.kind = phase, kind
        if text is not None:
            self.text = text
        if self.text.strip():
            hits = self._model.catalogue.search(self.text)
            self._rank = {e.id: i for i, e in enumerate(hits)}
        else:
            self._rank = None
        self.invalidate()
        self.sort(0)

    def filterAcceptsRow(self, row: int, parent: AnyIndex) -> bool:
        entry = self._model.entry(row)
        if self.phase is not None and self.phase not in entry.phases:
            return False
        if self.kind is not None and entry.kind != self.kind:
            return False
        return self._rank is None or entry.id in self._rank

    def lessThan(self, left: AnyIndex, right: AnyIndex) -> bool:
        if self._rank is not None:
            a = self._rank.get(self._model.entry(left.row()).id, 1 << 30)
            b = self._rank.get(self._model.entry(right.row()).id, 1 << 30)
            return a < b
        return left.row() < right.row()


class CatalogueList(QListView):
    """The palette list: drags entries out; double-click or Enter emits `entry_activated`."""

    entry_activated = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setIconSize(QSize(24, 24))
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.doubleClicked.connect(self._activate)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def _activate(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ID_ROLE)
        if entry_id:
            self.entry_activated.emit(entry_id)


class CatalogueDock(QDockWidget):
    """The palette dock: search, phase and kind filters, and the entry list."""

    add_requested = Signal(str)  # entry id

    def __init__(self, catalogue: Catalogue, lang: str = "en", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogue_dock")
        self.model = CatalogueModel(catalogue, lang, self)
        self.proxy = CatalogueFilter(self.model, self)
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        self.search = QLineEdit(body)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply)
        self.phase_box = QComboBox(body)
        self.kind_box = QComboBox(body)
        self.phase_box.currentIndexChanged.connect(self._apply)
        self.kind_box.currentIndexChanged.connect(self._apply)
        filters = QVBoxLayout()
        filters.setSpacing(4)
        filters.addWidget(self.phase_box)
        filters.addWidget(self.kind_box)
        self.list = CatalogueList(body)
        self.list.setModel(self.proxy)
        self.list.entry_activated.connect(self.add_requested)
        self.hint = QLabel(body)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #5F6B7A;")
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.setWidget(body)
        self.retranslate()

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)
        self._fill_boxes()

    def set_filters(self, phase: str | None = None, kind: str | None = None, text: str = "") -> None:
        """Set the filters as a user would (used by tests and to restore a state)."""
        self._select(self.phase_box, phase)
        self._select(self.kind_box, kind)
        self.search.setText(text)

    def offer_phase(self, phase: str) -> None:
        """Show the entries that suit `phase` and put the keyboard on the first (Enter then adds it)."""
        self._select(self.phase_box, phase)
        self.show()
        self.raise_()
        self.list.setFocus()
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def phase(self) -> str | None:
        """The phase the catalogue is filtered by (None: all phases)."""
        data = self.phase_box.currentData()
        return str(data) if data else None

    def visible_entry_ids(self) -> list[str]:
        return [self.proxy.index(row, 0).data(ENTRY_ID_ROLE) for row in range(self.proxy.rowCount())]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Touchpoint catalogue"))
        self.search.setPlaceholderText(self.tr("Search touchpoints…"))
        self.hint.setText(self.tr("Drag a touchpoint onto a lane, or double-click it to add it to the selected lane."))
        self.search.setAccessibleName(self.tr("Search the catalogue"))
        self.phase_box.setAccessibleName(self.tr("Show the touchpoints for a phase"))
        self.kind_box.setAccessibleName(self.tr("Show digital or analogue touchpoints"))
        self.list.setAccessibleName(self.tr("Touchpoint catalogue"))
        self.list.setAccessibleDescription(self.tr("Enter or a double-click adds the touchpoint to the selected lane."))
        self._fill_boxes()

    def _fill_boxes(self) -> None:
        lang = self.model.lang
        phase, kind = self.phase_box.currentData(), self.kind_box.currentData()
        for box in (self.phase_box, self.kind_box):
            box.blockSignals(True)
            box.clear()
        self.phase_box.addItem(self.tr("All phases"), None)
        for phase_id, name in _PHASE_NAMES.items():
            self.phase_box.addItem(name.get(lang), phase_id)
        self.kind_box.addItem(self.tr("Digital and analogue"), None)
        self.kind_box.addItem(self.tr("Digital"), "digital")
        self.kind_box.addItem(self.tr("Analogue"), "analogue")
        self._select(self.phase_box, phase)
        self._select(self.kind_box, kind)
        for box in (self.phase_box, self.kind_box):
            box.blockSignals(False)

    @staticmethod
    def _select(box: QComboBox, value: str | None) -> None:
        index = box.findData(value)
        box.setCurrentIndex(max(0, index))

    def _apply(self) -> None:
        self.proxy.set_filters(self.phase_box.currentData(), self.kind_box.currentData(), self.search.text())


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
