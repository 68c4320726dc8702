"""Journey ▸ Properties…: what the journey is about and who made it (title, company, author, workshop date,
participants, description, status, version, language), and how its report looks (company logo, accent colour).

The dialog edits a copy of the journey's `Meta`: `changes()` is only what differs, and OK pushes it as one
`SetMeta` command, so the whole dialog is one undo step. The window title and the PDF cover show the result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.dialogs.logo_picker import LogoPicker
from journeymap.commands import SetMeta
from journeymap.layout import theme as t
from journeymap.model import Meta
from journeymap.model.limits import MAX_STRING

if TYPE_CHECKING:
    from journeymap.document import Document

EDITABLE = ("title", "company", "author", "workshop_date", "participants", "description", "status", "version",
            "language", "logo", "accent")
STATUSES = ("", "draft", "review", "final")
DEFAULT_ACCENT = t.SELECTION


class PropertiesDialog(QDialog):
    """Edit the journey's properties; `changes()` is what OK applies."""

    def __init__(self, meta: Meta, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("properties_dialog")
        self.meta = meta
        self.title = self._line("title", meta.title)
        self.company = self._line("company", meta.company)
        self.author = self._line("author", meta.author)
        self.has_date = QCheckBox(self)
        self.has_date.setObjectName("has_workshop_date")
        self.date = QDateEdit(self)
        self.date.setObjectName("workshop_date")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(self.locale().dateFormat(self.locale().FormatType.ShortFormat)
                                   .replace("yy", "yyyy").replace("yyyyyyyy", "yyyy"))
        chosen = QDate.fromString(meta.workshop_date, Qt.DateFormat.ISODate)
        self.has_date.setChecked(chosen.isValid())
        self.date.setDate(chosen if chosen.isValid() else QDate.currentDate())
        self.date.setEnabled(chosen.isValid())
        self.has_date.toggled.connect(self.date.setEnabled)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        self.participants = QPlainTextEdit(meta.participants, self)
        self.participants.setObjectName("participants")
        self.participants.setTabChangesFocus(True)
        self.participants.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.description = QPlainTextEdit(meta.description, self)
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.status = QComboBox(self)
        self.status.setObjectName("status")
        for value in STATUSES:
            self.status.addItem("", value)
        self.status.setCurrentIndex(STATUSES.index(meta.status))
        self.version = self._line("version", meta.version)
        self.version.setMaxLength(64)
        self.version.setMaximumWidth(160)
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if meta.language == "de" else 1)
        self.logo = LogoPicker(meta.logo, self)
        self.accent_value = meta.accent
        self.accent = QPushButton(self)
        self.accent.setObjectName("accent")
        self.accent.clicked.connect(self.choose_accent)
        self.accent_default = QPushButton(self)
        self.accent_default.setObjectName("accent_default")
        self.accent_default.clicked.connect(lambda: self.set_accent(None))
        accent_row = QHBoxLayout()
        accent_row.addWidget(self.accent)
        accent_row.addWidget(self.accent_default)
        accent_row.addStretch(1)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.captions: dict[str, QLabel] = {}
        rows = (("title", self.title), ("company", self.company), ("author", self.author), ("date", date_row),
                ("participants", self.participants), ("description", self.description), ("status", self.status),
                ("version", self.version), ("language", self.language), ("logo", self.logo), ("accent", accent_row))
        for name, field in rows:
            self.captions[name] = QLabel(self)
            form.addRow(self.captions[name], field)
        for name, widget in (("title", self.title), ("company", self.company), ("author", self.author),
                             ("participants", self.participants), ("description", self.description),
                             ("status", self.status),
                             ("version", self.version), ("language", self.language)):
            self.captions[name].setBuddy(widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)
        self.retranslate()
        self._show_accent()

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setMaxLength(MAX_STRING)
        return edit

    # ---------------------------------------------------------------- accent colour
    def choose_accent(self) -> bool:
        colour = QColorDialog.getColor(QColor(self.accent_value or DEFAULT_ACCENT), self,
                                       self.tr("Accent colour of the report"))
        if not colour.isValid():
            return False
        self.set_accent(colour.name().upper())
        return True

    def set_accent(self, colour: str | None) -> None:
        self.accent_value = colour
        self._show_accent()

    def _show_accent(self) -> None:
        pixmap = QPixmap(16, 16)
        pixmap.fill(QColor(self.accent_value or DEFAULT_ACCENT))
        self.accent.setIcon(QIcon(pixmap))
        self.accent.setText(self.accent_value or self.tr("Default"))
        self.accent_default.setEnabled(self.accent_value is not None)

    # ---------------------------------------------------------------- result
    def value(self) -> Meta:
        """The properties as entered (validated: every field is limited as the model limits it)."""
        return Meta.model_validate({**self.meta.model_dump(), **self._fields()})

    def _fields(self) -> dict[str, Any]:
        participants = "\n".join(line.strip() for line in self.participants.toPlainText().splitlines()
                                 if line.strip())
        return {
            "title": self.title.text().strip(),
            "company": self.company.text().strip(),
            "author": self.author.text().strip(),
            "workshop_date": self.date.date().toString(Qt.DateFormat.ISODate) if self.has_date.isChecked() else "",
            "participants": participants,
            "description": "\n".join(line.rstrip() for line in self.description.toPlainText().strip().splitlines()),
            "status": self.status.currentData(),
            "version": self.version.text().strip(),
            "language": self.language.currentData(),
            "logo": self.logo.logo,
            "accent": self.accent_value,
        }

    def changes(self) -> dict[str, Any]:
        """Only the fields that differ from the journey's current properties."""
        value = self.value()
        return {name: getattr(value, name) for name in EDITABLE if getattr(value, name) != getattr(self.meta, name)}

    # ---------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Journey Properties"))
        captions = {
            "title": self.tr("&Title"), "company": self.tr("&Company"), "author": self.tr("&Author"),
            "date": self.tr("Workshop"), "participants": self.tr("&Participants"),
            "description": self.tr("&Description"), "status": self.tr("&Status"),
            "version": self.tr("&Version"), "language": self.tr("&Language"), "logo": self.tr("Logo"),
            "accent": self.tr("Accent colour"),
        }
        for name, label in self.captions.items():
            label.setText(captions[name])
        self.title.setPlaceholderText(self.tr("e.g. Ordering spare parts"))
        self.company.setPlaceholderText(self.tr("Whose customers are mapped"))
        self.author.setPlaceholderText(self.tr("Who leads the workshop"))
        self.has_date.setText(self.tr("held on"))
        self.participants.setPlaceholderText(self.tr("One name or group per line"))
        self.description.setPlaceholderText(self.tr("What the journey is about, in a few sentences"))
        for index, text in enumerate((self.tr("not set"), self.tr("Draft"), self.tr("In review"), self.tr("Final"))):
            self.status.setItemText(index, text)
        self.version.setPlaceholderText(self.tr("e.g. 1.0"))
        self.language.setToolTip(self.tr("The language of the map's texts and of its reports"))
        self.accent.setToolTip(self.tr("Colour of the report's cover and headings"))
        self.accent_default.setText(self.tr("Default"))
        self._show_accent()


def run_dialog(dialog: QDialog) -> bool:
    """Show a dialog modally; True when accepted (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_properties(parent: QWidget, document: Document) -> bool:
    """Journey ▸ Properties…: edit the properties of `document`'s journey over `parent`; OK is one undo step."""
    project = document.project
    dialog = PropertiesDialog(project.meta, parent)
    try:
        if not run_dialog(dialog):
            return False
        changes = dialog.changes()
        if changes:
            document.push(SetMeta(project, changes))
        return bool(changes)
    finally:
        dialog.deleteLater()
