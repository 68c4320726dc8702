"""The differences dock of File ▸ Compare with…: what the other version has that this one lacks, what it lacks,
and what it changed, item by item with the fields (the same words as `journeymap diff`). Clicking an item shows it
on the map; the buttons merge from the other file or end the comparison."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.export.change_texts import describe
from journeymap.model.diff import Changes, FieldChange, JourneyDiff

ID_ROLE = Qt.ItemDataRole.UserRole + 1
MARKS = {"added": "+", "removed": "−", "changed": "Δ"}


class DifferencesDock(QDockWidget):
    """Lists a `JourneyDiff` from this journey to another version (see the module)."""

    show_requested = Signal(str)  # a touchpoint, link, persona or phase id (or a ghost's touchpoint id)
    merge_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("differences_dock")
        self.source = ""
        self.lang = "de"
        self.diff: JourneyDiff | None = None
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        self.summary = QLabel(body)
        self.summary.setObjectName("differences_summary")
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("differences_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(body)
        self.merge_button.setObjectName("differences_merge")
        self.merge_button.clicked.connect(self.merge_requested)
        self.close_button = QPushButton(body)
        self.close_button.setObjectName("differences_close")
        self.close_button.clicked.connect(self.close_requested)
        buttons.addWidget(self.merge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.retranslate()

    def show_diff(self, diff: JourneyDiff, source: str, lang: str) -> None:
        """Fill the list with the differences to `source` (the other file's name)."""
        self.diff, self.source, self.lang = diff, source, lang
        self.tree.clear()
        names = names_of(diff, lang)
        for entity, changes in (("touchpoint", diff.touchpoints), ("link", diff.links),
                                ("persona", diff.personas), ("opportunity", diff.opportunities),
                                ("phase", diff.phases)):
            self._group(entity, changes, names)
        if diff.meta or diff.answers:
            group = QTreeWidgetItem(self.tree, [self.tr("Properties")])
            for change in (*diff.meta, *diff.answers):
                QTreeWidgetItem(group, [f"Δ {describe(change, lang, names)}"])
            group.setExpanded(True)
        self.retranslate()

    def _group(self, entity: str, changes: Changes, names: Callable[[str], str]) -> None:
        if not changes:
            return
        title = {"touchpoint": self.tr("Touchpoints"), "link": self.tr("Links"), "persona": self.tr("Personas"),
                 "opportunity": self.tr("Opportunities"), "phase": self.tr("Phases")}[entity]
        total = len(changes.added) + len(changes.removed) + len(changes.changed)
        group = QTreeWidgetItem(self.tree, [f"{title} ({total})"])
        rows: list[tuple[str, str, str, tuple[FieldChange, ...]]] = [
            ("added", i, changes.label(i), ()) for i in changes.added]
        rows += [("removed", i, changes.label(i), ()) for i in changes.removed]
        rows += [("changed", c.id, c.label, c.fields) for c in changes.changed]
        for kind, item_id, label, fields in rows:
            row = QTreeWidgetItem(group, [f"{MARKS[kind]} {label}"])
            row.setData(0, ID_ROLE, item_id)
            where = {"added": self.tr("Only in %1"), "removed": self.tr("Not in %1"),
                     "changed": self.tr("Changed in %1")}[kind].replace("%1", self.source)
            row.setToolTip(0, f"{label}\n{where}")  # the whole label, where the row shortens it
            for change in fields:
                text = describe(change, self.lang, names)
                child = QTreeWidgetItem(row, [text])
                child.setToolTip(0, text)
                child.setData(0, ID_ROLE, item_id)
            row.setExpanded(len(rows) <= 12)
        group.setExpanded(True)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        item_id = item.data(0, ID_ROLE)
        if item_id:
            self.show_requested.emit(str(item_id))

    def count(self) -> int:
        """How many items differ (touchpoints, links, personas, opportunities, phases and properties)."""
        diff = self.diff
        if diff is None:
            return 0
        items = sum(len(c.added) + len(c.removed) + len(c.changed)
                    for c in (diff.touchpoints, diff.links, diff.personas, diff.opportunities, diff.phases))
        return items + len(diff.meta) + len(diff.answers)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Differences"))
        self.merge_button.setText(self.tr("Merge from This File…"))
        self.close_button.setText(self.tr("Stop Comparing"))
        if self.diff is None:
            self.summary.setText("")
        elif not self.diff:
            self.summary.setText(self.tr("No differences to %1.").replace("%1", self.source))
        else:
            self.summary.setText(self.tr("%n difference(s) to %1: + only there, − not there, Δ changed there.",
                                         "", self.count()).replace("%1", self.source))


def names_of(diff: JourneyDiff, lang: str) -> Callable[[str], str]:
    """Ids as names in the descriptions: phases by name, touchpoints by label, links as 'from → to'."""
    names: dict[str, str] = {}
    for data in (diff.old, diff.new):
        names.update({p.id: p.name.get(lang) or p.id for p in data.phase_model.phases})
        labels = {tp.id: tp.label for tp in data.touchpoints}
        names.update({link.id: f"{labels[link.source]} → {labels[link.target]}" for link in data.links})
        names.update(labels)
    return lambda item: names.get(item, item)

