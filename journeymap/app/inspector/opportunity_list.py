"""The inspector's "Opportunities" row: the opportunities that belong to the shown touchpoint, a field to add one,
and a button to take one off it.

Typing a text and pressing Enter adds an opportunity of this touchpoint; Remove takes the selected one off the
touchpoint (an opportunity that belongs to no other touchpoint is deleted, as an idea line once was); Enter or a
double-click on one shows it in the Opportunities panel, where its owner, status, impact and effort are edited.
The widget only reports what the user asked for; the inspector makes the commands.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget

from journeymap.app.delete_key import delete_in_list
from journeymap.app.opportunities.words import status_name
from journeymap.model import Opportunity
from journeymap.model.limits import MAX_STRING

ROLE_ID = Qt.ItemDataRole.UserRole


class OpportunityList(QWidget):
    """`add_requested(text)`, `remove_requested(opportunity id)`, `show_requested(opportunity id)`."""

    add_requested = Signal(str)
    remove_requested = Signal(str)
    show_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("opportunities")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.list = QListWidget(self)
        self.list.setObjectName("opportunity_list")
        self.list.setWordWrap(True)
        self.list.setMaximumHeight(84)
        self.list.itemActivated.connect(lambda item: self.show_requested.emit(item.data(ROLE_ID)))
        self.list.currentItemChanged.connect(lambda *_: self._enable())
        self.list.installEventFilter(self)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.new = QLineEdit(self)
        self.new.setObjectName("new_opportunity")
        self.new.setMaxLength(MAX_STRING)
        self.new.returnPressed.connect(self._add)
        self.remove = QToolButton(self)
        self.remove.setObjectName("remove_opportunity")
        self.remove.clicked.connect(self._remove)
        row.addWidget(self.new, 1)
        row.addWidget(self.remove)
        layout.addWidget(self.list)
        layout.addLayout(row)
        self.retranslate()
        self._enable()

    def show_opportunities(self, opportunities: Sequence[Opportunity]) -> None:
        """List `opportunities`, keeping the current one when it is still there."""
        current = self.current_id()
        self.list.clear()
        for opp in opportunities:
            owner = opp.owner.strip() or self.tr("no owner")
            item = QListWidgetItem(f"{opp.text}\n{status_name(opp.status)} · {owner}")
            item.setData(ROLE_ID, opp.id)
            item.setToolTip(opp.text)
            self.list.addItem(item)
            if opp.id == current:
                self.list.setCurrentItem(item)
        self.list.setVisible(bool(opportunities))
        self._enable()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(ROLE_ID))

    def ids(self) -> list[str]:
        return [str(self.list.item(i).data(ROLE_ID)) for i in range(self.list.count())]

    def _add(self) -> None:
        text = " ".join(self.new.text().split())
        if text:
            self.new.clear()
            self.add_requested.emit(text)

    def _remove(self) -> None:
        oid = self.current_id()
        if oid is not None:
            self.remove_requested.emit(oid)

    def _enable(self) -> None:
        self.remove.setEnabled(self.list.currentItem() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the list takes the current opportunity off the touchpoint."""
        if watched is self.list and delete_in_list(event, self._remove):
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.new.setPlaceholderText(self.tr("Add an opportunity and press Enter"))
        self.new.setAccessibleName(self.tr("New opportunity"))
        self.list.setAccessibleName(self.tr("Opportunities of this touchpoint"))
        self.remove.setText(self.tr("Remove"))
        self.remove.setToolTip(self.tr("Take the selected opportunity off this touchpoint (Delete)"))
