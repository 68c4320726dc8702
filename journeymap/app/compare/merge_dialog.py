"""The dialog of File ▸ Merge from…: every change of the other version, each to accept (ticked) or reject. A change
that collides with one of yours (both changed the same thing) is marked and not ticked: left so, yours is kept;
ticked, theirs replaces yours."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from journeymap.export.change_texts import describe
from journeymap.model.merge_choice import Difference, Key

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
MARKS = {"added": "+", "removed": "−", "changed": "Δ"}


class MergeDialog(QDialog):
    """Lists `differences` with check boxes; `rejected()` and `theirs_wins()` after it was accepted."""

    def __init__(self, differences: list[Difference], clashes: set[Key], source: str, common: bool, lang: str,
                 names: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge from %1").replace("%1", source))
        self.clashes = clashes
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setObjectName("merge_intro")
        intro.setWordWrap(True)
        basis = (self.tr("Both files descend from the same version: only what was changed in “%1” since then is "
                         "offered.") if common else
                 self.tr("No common earlier version was found: every difference between the two files is offered, "
                         "item by item."))
        intro.setText(basis.replace("%1", source) + " " + self.tr(
            "Untick what you do not want. Changes marked ⚠ collide with yours: unticked, yours stays; ticked, "
            "theirs replaces yours."))
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("merge_changes")
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        groups: dict[str, QTreeWidgetItem] = {}
        titles = {"touchpoint": self.tr("Touchpoints"), "link": self.tr("Links"), "persona": self.tr("Personas"),
                  "opportunity": self.tr("Opportunities"), "phase": self.tr("Phases"), "meta": self.tr("Properties"),
                  "answers": self.tr("Properties")}
        for difference in differences:
            title = titles[difference.entity]
            group = groups.get(title)
            if group is None:
                group = groups[title] = QTreeWidgetItem(self.tree, [title])
                group.setExpanded(True)
            text = f"{MARKS[difference.kind]} {difference.label}"
            if difference.entity == "meta" and difference.fields:
                text = f"Δ {describe(difference.fields[0], lang, names)}"
            elif difference.entity == "answers" and difference.fields:
                text = f"{MARKS[difference.kind]} {describe(difference.fields[0], lang, names)}"
            clash = difference.key in clashes
            row = QTreeWidgetItem(group, [("⚠ " if clash else "") + text])
            row.setData(0, KEY_ROLE, difference.key)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(0, Qt.CheckState.Unchecked if clash else Qt.CheckState.Checked)
            if clash:
                row.setToolTip(0, self.tr("Also changed in your version"))
            if difference.entity not in ("meta", "answers"):
                for change in difference.fields:
                    QTreeWidgetItem(row, [describe(change, lang, names)])
                row.setExpanded(True)
        layout.addWidget(self.tree, 1)
        choose = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Accept All"), self)
        self.all_button.setObjectName("merge_accept_all")
        self.all_button.clicked.connect(lambda: self._tick(Qt.CheckState.Checked))
        self.none_button = QPushButton(self.tr("Reject All"), self)
        self.none_button.setObjectName("merge_reject_all")
        self.none_button.clicked.connect(lambda: self._tick(Qt.CheckState.Unchecked))
        choose.addWidget(self.all_button)
        choose.addWidget(self.none_button)
        choose.addStretch(1)
        layout.addLayout(choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def rows(self) -> list[QTreeWidgetItem]:
        """The rows of the changes (below the group headings)."""
        found: list[QTreeWidgetItem] = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is not None:
                found += [c for i in range(group.childCount()) if (c := group.child(i)) is not None]
        return found

    def _tick(self, state: Qt.CheckState) -> None:
        for row in self.rows():
            row.setCheckState(0, state)

    def rejected_keys(self) -> list[Key]:
        """The changes left unticked."""
        return [_key(row) for row in self.rows() if row.checkState(0) != Qt.CheckState.Checked]

    def theirs_wins(self) -> list[Key]:
        """The ticked changes that collide with yours: theirs replaces yours there."""
        return [_key(row) for row in self.rows()
                if row.checkState(0) == Qt.CheckState.Checked and _key(row) in self.clashes]


def _key(row: QTreeWidgetItem) -> Key:
    entity, item_id = row.data(0, KEY_ROLE)
    return (str(entity), str(item_id))
