"""Edit ▸ Link to… (Ctrl+L, also in the canvas's context menu): link the selected card to another one, picked
from a searchable list of the journey's cards grouped by phase — the way to link without a mouse, and with a
screen reader. The link is one `AddLink` undo step (through `JourneyScene.add_link`)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from journeymap.canvas import JourneyScene, JourneyView
    from journeymap.model import Project

TID = Qt.ItemDataRole.UserRole


class LinkPickerDialog(QDialog):
    """Pick the target of a new link from `source`: type to filter by label or phase, arrows and Enter to pick."""

    def __init__(self, project: Project, source: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("link_picker")
        self.project = project
        self.source = source
        source_tp = project.touchpoint(source)
        self.setWindowTitle(self.tr("Link “%1” to…").replace("%1", source_tp.label))
        self.setMinimumSize(320, 260)
        layout = QVBoxLayout(self)
        self.search_caption = QLabel(self.tr("&Search by label or phase:"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("link_picker_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("e.g. Website or Kaufphase"))
        self.search_caption.setBuddy(self.search)
        self.list_caption = QLabel(self.tr("&Touchpoints by phase:"), self)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("link_picker_list")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.list_caption.setBuddy(self.tree)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Link"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for widget in (self.search_caption, self.search, self.list_caption, self.tree, self.buttons):
            layout.addWidget(widget)
        self._fill(lang)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(lambda item, _column: self.accept() if item.data(0, TID) else None)
        self._current_changed(self.tree.currentItem())
        self.search.setFocus()
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(480, screen.width() - 40), min(560, screen.height() - 80))  # fits 1366×768 at 200 %

    def _fill(self, lang: str) -> None:
        """One group per phase, its cards top to bottom; cards linked from the source already are shown, greyed."""
        linked = {link.target for link in self.project.links_of(self.source) if link.source == self.source}
        order = self.project.journey_order()
        after = next((i for i, tp in enumerate(order) if tp.id == self.source), -1)
        suggested = next((tp.id for tp in order[after + 1:] if tp.id not in linked), None)
        for phase in self.project.phase_model.phases:
            name, subtitle = phase.name.get(lang), phase.subtitle.get(lang)
            group = QTreeWidgetItem(self.tree, [name])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, Qt.ItemDataRole.AccessibleTextRole, self.tr("Phase %1").replace("%1", name))
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            for tp in self.project.touchpoints_in(phase.id):
                if tp.id == self.source:
                    continue
                already = tp.id in linked
                text = tp.label if not already else self.tr("%1 (linked already)").replace("%1", tp.label)
                item = QTreeWidgetItem(group, [text])
                item.setData(0, TID, tp.id)
                item.setData(0, Qt.ItemDataRole.UserRole + 1, f"{tp.label} {name} {subtitle}".casefold())
                item.setToolTip(0, f"{tp.label} — {name}")
                item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{text}, {name}")
                if already:
                    item.setFlags(Qt.ItemFlag.NoItemFlags)
                if tp.id == suggested:
                    self.tree.setCurrentItem(item)
            group.setExpanded(True)
            group.setHidden(group.childCount() == 0)

    def _cards(self) -> list[QTreeWidgetItem]:
        return [card for group in _children(self.tree.invisibleRootItem()) for card in _children(group)]

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for group in _children(self.tree.invisibleRootItem()):
            shown = 0
            for item in _children(group):
                visible = all(word in item.data(0, Qt.ItemDataRole.UserRole + 1) for word in words)
                item.setHidden(not visible)
                shown += visible
            group.setHidden(not shown)
        current = self.tree.currentItem()
        if current is None or current.isHidden() or not current.data(0, TID) or not current.flags():
            first = next((item for item in self._cards() if not item.isHidden() and item.flags()), None)
            if first is not None:
                self.tree.setCurrentItem(first)
            else:
                self.tree.setCurrentIndex(QModelIndex())  # no card left to pick
        self._current_changed(self.tree.currentItem())

    def _current_changed(self, item: QTreeWidgetItem | None, previous: QTreeWidgetItem | None = None) -> None:
        """Phase headings are passed over (arrows go from card to card); OK needs a pickable card."""
        if item is not None and item.data(0, TID) is None:
            down = previous is None or self.tree.indexFromItem(previous).parent().row() < \
                self.tree.indexOfTopLevelItem(item)
            step = self.tree.itemBelow if down else self.tree.itemAbove
            card = step(item)
            while card is not None and (card.data(0, TID) is None or not card.flags()):
                card = step(card)
            if card is not None:
                self.tree.setCurrentItem(card)  # calls back here with the card
                return
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.chosen() is not None)

    def chosen(self) -> str | None:
        """The picked card's touchpoint id, or None."""
        item = self.tree.currentItem()
        if item is None or item.isHidden() or not item.flags() & Qt.ItemFlag.ItemIsSelectable:
            return None
        return item.data(0, TID)

    def accept(self) -> None:
        if self.chosen() is not None:
            super().accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down (and Page Up/Down) in the search field move through the list, so typing and picking mix."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and \
                event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            QApplication.sendEvent(self.tree, QKeyEvent(event.type(), event.key(), event.modifiers()))
            return True
        return super().eventFilter(watched, event)


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The children of a tree item: the phase groups of the tree's root, the cards of a group."""
    return [child for i in range(item.childCount()) if (child := item.child(i)) is not None]


class LinkToController(QObject):
    """Runs Edit ▸ Link to… (`action`) on the canvas the window shows (given at first, then `set_scene`) and offers
    it in the canvas's context menu; dialogs open over `parent`, and `status_message` says what happened."""

    status_message = Signal(str, int)  # text, milliseconds: for the window's status bar

    def __init__(self, parent: QWidget, action: QAction, scene: JourneyScene, view: JourneyView | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.action = action
        self.action.triggered.connect(self.open)
        self._scene, self._view = scene, view
        scene.context_menu_requested.connect(self._fill_menu)

    def set_scene(self, scene: JourneyScene, view: JourneyView | None = None) -> None:
        """Follow the window's (new) canvas."""
        with contextlib.suppress(RuntimeError, TypeError):
            self._scene.context_menu_requested.disconnect(self._fill_menu)
        self._scene, self._view = scene, view
        scene.context_menu_requested.connect(self._fill_menu)

    def source(self) -> str | None:
        """The card a link would start from: the one current card, if exactly one is selected."""
        selected = self._scene.selected_touchpoint_ids()
        return selected[0] if len(selected) == 1 else None

    def _fill_menu(self, menu: QMenu) -> None:
        if self.source() is not None:
            menu.addAction(self.action)

    def open(self) -> str | None:
        """Ask for the target and link (one undo step); returns the new link's id, None when cancelled."""
        source, scene = self.source(), self._scene
        if source is None or len(scene.project.touchpoints) < 2:
            return None
        dialog = LinkPickerDialog(scene.project, source, scene.lang, self.parent_widget)
        try:
            target = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
            if target is None:
                return None
            lid = scene.add_link(source, target)
        finally:
            dialog.deleteLater()
        if lid is not None:
            self.status_message.emit(self.tr("Linked. The link is selected: the inspector edits it."), 5000)
        if self._view is not None:
            self._view.setFocus()
        return lid
