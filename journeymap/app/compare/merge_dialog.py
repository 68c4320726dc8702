"""The dialog of File ▸ Merge from…: every change of the other version, each to accept (ticked) or reject. A changed
item lists its fields, each with its own tick (the item's tick sets them all). A change that collides with one of
yours (both changed the same field) is marked and not ticked: left so, yours is kept; ticked, theirs replaces yours
in that field only, and your other changes to the item stay."""

from __future__ import annotations

from collections.abc import Callable, Mapping

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
from journeymap.model.diff import FieldChange
from journeymap.model.merge_choice import Choice, Difference, FieldKey, Key

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
FIELD_ROLE = Qt.ItemDataRole.UserRole + 2  # a field row's (entity, id, field)
MARKS = {"added": "+", "removed": "−", "changed": "Δ"}


class MergeDialog(QDialog):
    """Lists `differences` with check boxes; `rejected_keys()` and `theirs_wins()` after it was accepted.
    `clashes`: the items both changed; `field_clashes`: the fields both changed (see `merge_choice.FieldKey`), and
    `yours` your change of such a field, shown under theirs."""

    def __init__(self, differences: list[Difference], clashes: set[Key], source: str, common: bool, lang: str,
                 names: Callable[[str], str], parent: QWidget | None = None,
                 field_clashes: frozenset[FieldKey] = frozenset(),
                 yours: Mapping[FieldKey, FieldChange] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("merge_dialog")
        self.setWindowTitle(self.tr("Merge from %1").replace("%1", source))
        self.clashes = clashes
        self.field_clashes = field_clashes
        layout = QVBoxLayout(self)
        intro = QLabel(self)
        intro.setObjectName("merge_intro")
        intro.setWordWrap(True)
        basis = (self.tr("Both files descend from the same version: only what was changed in “%1” since then is "
                         "offered.") if common else
                 self.tr("No common earlier version was found: every difference between the two files is offered, "
                         "item by item."))
        intro.setText(basis.replace("%1", source) + " " + self.tr(
            "Untick what you do not want, a whole item or single fields of it. Changes marked ⚠ collide with yours: "
            "unticked, yours stays; ticked, theirs replaces yours in that field only."))
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
            if clash:
                row.setToolTip(0, self.tr("Also changed in your version"))
            if difference.entity in ("meta", "answers"):
                row.setCheckState(0, Qt.CheckState.Unchecked if clash else Qt.CheckState.Checked)
                continue
            by_field = self._by_field(difference)
            row.setCheckState(0, Qt.CheckState.Unchecked if clash and not by_field else Qt.CheckState.Checked)
            for change in difference.fields:
                field = QTreeWidgetItem(row, [describe(change, lang, names)])
                if by_field:  # a tick per field; the item's own tick shows and sets them all
                    field_key = (difference.entity, difference.id, change.field)
                    field_clash = self._field_clash(field_key)
                    field.setText(0, ("⚠ " if field_clash else "") + field.text(0))
                    field.setData(0, FIELD_ROLE, field_key)
                    field.setFlags(field.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    field.setCheckState(0, Qt.CheckState.Unchecked if field_clash else Qt.CheckState.Checked)
                    if field_clash:
                        field.setToolTip(0, self.tr("Also changed in your version"))
                        mine = (yours or {}).get(field_key)
                        if mine is not None:
                            QTreeWidgetItem(field, [self.tr("Yours: %1").replace("%1", describe(mine, lang, names))])
                            field.setExpanded(True)
            if by_field:
                row.setFlags(row.flags() | Qt.ItemFlag.ItemIsAutoTristate)
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

    def _field_clash(self, key: FieldKey) -> bool:
        """Did both change this field (or something inside it: a KPI's target in `kpis`)?"""
        entity, item_id, name = key
        return any(e == entity and i == item_id and (f == name or f.startswith(name + "."))
                   for e, i, f in self.field_clashes)

    def _by_field(self, difference: Difference) -> bool:
        """Is `difference` chosen field by field: a changed item whose collisions (if any) are in its fields (not
        an item that you removed and they changed: that one is taken or left whole)."""
        if difference.kind != "changed" or not difference.fields:
            return False
        return difference.key not in self.clashes or any(
            self._field_clash((difference.entity, difference.id, change.field)) for change in difference.fields)

    @staticmethod
    def fields_of(row: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        """The field rows of a change that is chosen field by field (else none)."""
        return [c for i in range(row.childCount()) if (c := row.child(i)) is not None and c.data(0, FIELD_ROLE)]

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

    def rejected_keys(self) -> list[Choice]:
        """The changes left unticked: an item, or the fields of an item that is partly ticked."""
        found: list[Choice] = []
        for row in self.rows():
            state = row.checkState(0)
            if state == Qt.CheckState.Unchecked:
                found.append(_key(row))
            elif state == Qt.CheckState.PartiallyChecked:  # (only an item chosen field by field is partly ticked)
                found += [_field_key(f) for f in self.fields_of(row) if f.checkState(0) != Qt.CheckState.Checked]
        return found

    def theirs_wins(self) -> list[Choice]:
        """The ticked changes that collide with yours: theirs replaces yours there (in a field, or a whole item)."""
        found: list[Choice] = []
        for row in self.rows():
            fields = self.fields_of(row)
            if fields:
                found += [_field_key(f) for f in fields
                          if f.checkState(0) == Qt.CheckState.Checked and self._field_clash(_field_key(f))]
            elif row.checkState(0) == Qt.CheckState.Checked and _key(row) in self.clashes:
                found.append(_key(row))
        return found


def _key(row: QTreeWidgetItem) -> Key:
    entity, item_id = row.data(0, KEY_ROLE)
    return (str(entity), str(item_id))


def _field_key(row: QTreeWidgetItem) -> FieldKey:
    entity, item_id, name = row.data(0, FIELD_ROLE)
    return (str(entity), str(item_id), str(name))
