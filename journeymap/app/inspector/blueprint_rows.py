"""The inspector's "Service blueprint" section: the four blueprint rows of the shown touchpoint, each its texts
(one per line) and its owner, reported as `edited(row, texts, owner)`; the inspector makes the undo steps (typing in
one field is one step, as everywhere in the inspector).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from journeymap.model import BLUEPRINT_ROWS, Blueprint
from journeymap.model.limits import MAX_STRING


def lines_of(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


class BlueprintRows(QWidget):
    """See the module."""

    edited = Signal(str, tuple, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("blueprint_rows")
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.heading = QLabel(self)
        self.heading.setStyleSheet("font-weight: 600;")
        outer.addWidget(self.heading)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.labels: dict[str, QLabel] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self.owners: dict[str, QLineEdit] = {}
        for row in BLUEPRINT_ROWS:
            box = QWidget(self)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            texts = QPlainTextEdit(box)
            texts.setObjectName(f"blueprint_{row}")
            texts.setTabChangesFocus(True)
            texts.setFixedHeight(48)
            texts.textChanged.connect(lambda r=row: self._changed(r))
            owner = QLineEdit(box)
            owner.setObjectName(f"blueprint_{row}_owner")
            owner.setMaxLength(MAX_STRING)
            owner.textEdited.connect(lambda _text, r=row: self._changed(r))
            column.addWidget(texts)
            column.addWidget(owner)
            self.texts[row], self.owners[row] = texts, owner
            self.labels[row] = QLabel(self)
            self.labels[row].setBuddy(texts)
            form.addRow(self.labels[row], box)
        outer.addLayout(form)
        self.retranslate()

    def show_blueprint(self, blueprint: Blueprint, same: bool) -> None:
        """Show `blueprint`; for the same touchpoint as before, fields already meaning the same are left alone."""
        self._loading = True
        try:
            for row in BLUEPRINT_ROWS:
                content = blueprint.row(row)
                if not same or lines_of(self.texts[row].toPlainText()) != content.texts:
                    self.texts[row].setPlainText("\n".join(content.texts))
                if not same or self.owners[row].text().strip() != content.owner:
                    self.owners[row].setText(content.owner)
                    self.owners[row].setCursorPosition(0)
        finally:
            self._loading = False

    def _changed(self, row: str) -> None:
        if not self._loading:
            self.edited.emit(row, lines_of(self.texts[row].toPlainText()), self.owners[row].text().strip())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Service blueprint"))
        names = {"evidence": self.tr("Evidence"), "frontstage": self.tr("Frontstage"),
                 "backstage": self.tr("Backstage"), "support": self.tr("Support")}
        hints = {"evidence": self.tr("What the customer sees or holds, one per line"),
                 "frontstage": self.tr("What staff and systems do in view of the customer"),
                 "backstage": self.tr("What happens behind the scenes for it"),
                 "support": self.tr("Internal processes and systems behind it")}
        for row in BLUEPRINT_ROWS:
            self.labels[row].setText(names[row])
            self.texts[row].setPlaceholderText(hints[row])
            self.texts[row].setAccessibleName(names[row])
            self.owners[row].setPlaceholderText(self.tr("Owner"))
            self.owners[row].setAccessibleName(self.tr("Owner of %1").replace("%1", names[row]))
