"""The inspector's touchpoint page: every field of one touchpoint, reporting edits as field changes.

The form never writes to the model: it emits `edited(changes, field)` and the inspector turns that into an
undo command. Showing another touchpoint sets every field and every derived text (icon, origin, the catalogue's
description, typical KPIs) anew; showing the same touchpoint again refreshes only the fields whose value differs,
so typing is never disturbed. Placeholders never depend on the selection: Qt does not repaint a text edit whose
placeholder changes while it stays shown, which once left the previous card's catalogue text on screen.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.icons import catalogue_icon
from journeymap.app.inspector.blueprint_rows import BlueprintRows
from journeymap.app.inspector.emotion_picker import EmotionPicker
from journeymap.app.inspector.kpi_table import KpiTable
from journeymap.app.inspector.opportunity_list import OpportunityList
from journeymap.app.personas.chips import PersonaChips
from journeymap.catalogue import Entry
from journeymap.model import Kpi, Touchpoint
from journeymap.model.limits import MAX_STRING


def lines_of(text: str) -> tuple[str, ...]:
    """One item per non-empty line, trimmed."""
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _set_line(edit: QLineEdit, text: str) -> None:
    """Show `text`; a field the user is not in shows its start (a long text is not cut off at the front)."""
    edit.setText(text)
    if not edit.hasFocus():
        edit.setCursorPosition(0)


def field_labels() -> dict[str, str]:
    """The captions of a touchpoint's fields (`kinds`: direct/indirect and digital/analogue), in the UI language."""
    return {
        "label": QCoreApplication.translate("TouchpointForm", "Label"),
        "description": QCoreApplication.translate("TouchpointForm", "Description"),
        "kinds": QCoreApplication.translate("TouchpointForm", "Contact, channel"),
        "emotion": QCoreApplication.translate("TouchpointForm", "Emotion"),
        "emotion_note": QCoreApplication.translate("TouchpointForm", "Why?"),
        "personas": QCoreApplication.translate("TouchpointForm", "Personas"),
        "pain_points": QCoreApplication.translate("TouchpointForm", "Pain points"),
        "opportunities": QCoreApplication.translate("TouchpointForm", "Opportunities"),
        "owner": QCoreApplication.translate("TouchpointForm", "Owner"),
    }


def name_kinds(contact: QComboBox, kind: QComboBox) -> None:
    """The items of a direct/indirect and a digital/analogue box (made with those values), in the UI language."""
    contact.setItemText(0, QCoreApplication.translate("TouchpointForm", "Direct"))
    contact.setItemText(1, QCoreApplication.translate("TouchpointForm", "Indirect"))
    kind.setItemText(0, QCoreApplication.translate("TouchpointForm", "Digital"))
    kind.setItemText(1, QCoreApplication.translate("TouchpointForm", "Analogue"))


def set_placeholder(edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Set a placeholder and repaint it (QPlainTextEdit leaves the old one on screen while it stays shown)."""
    if edit.placeholderText() != text:
        edit.setPlaceholderText(text)
        if isinstance(edit, QPlainTextEdit):
            edit.viewport().update()


class TouchpointForm(QWidget):
    """Fields of one touchpoint. `edited(changes: dict, field: str)` reports what the user changed."""

    edited = Signal(dict, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.touchpoint: Touchpoint | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(8)
        header = QHBoxLayout()
        self.icon_label = QLabel(self)
        self.icon_label.setFixedSize(32, 32)
        self.origin = QLabel(self)
        self.origin.setWordWrap(True)
        self.origin.setStyleSheet("color: #5F6B7A;")
        header.addWidget(self.icon_label)
        header.addWidget(self.origin, 1)
        outer.addLayout(header)
        self.hint = QLabel(self)  # the catalogue's description of the channel, in full (never clipped)
        self.hint.setObjectName("catalogue_hint")
        self.hint.setWordWrap(True)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint.setStyleSheet("color: #5F6B7A;")
        outer.addWidget(self.hint)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form = form
        self.label = self._line_edit("label")
        self.description = self._text_edit("description", 84)
        self.contact = self._combo("contact", ("direct", "indirect"))
        self.kind = self._combo("kind", ("digital", "analogue"))
        self.emotion = EmotionPicker(self)
        self.emotion.emotion_chosen.connect(lambda score: self._emit({"emotion": score}, "emotion"))
        self.emotion_note = self._line_edit("emotion_note")
        self.personas = PersonaChips(with_emotion=True, parent=self)  # the inspector fills and wires it
        self.pain_points = self._text_edit("pain_points", 62)
        self.opportunities = OpportunityList(self)  # the inspector fills and wires it
        self.owner = self._line_edit("owner")
        self.kpi_table = KpiTable(self)
        self.kpi_table.kpis_edited.connect(lambda kpis: self._emit({"kpis": kpis}, "kpis"))
        self.labels: dict[str, QLabel] = {}
        kinds = QHBoxLayout()
        kinds.setSpacing(6)
        kinds.addWidget(self.contact, 1)
        kinds.addWidget(self.kind, 1)
        for name, field in (("label", self.label), ("description", self.description), ("kinds", kinds),
                            ("emotion", self.emotion), ("emotion_note", self.emotion_note),
                            ("personas", self.personas),
                            ("pain_points", self.pain_points), ("opportunities", self.opportunities),
                            ("owner", self.owner)):
            self.labels[name] = QLabel(self)
            form.addRow(self.labels[name], field)
        outer.addLayout(form)
        self.kpi_heading = QLabel(self)
        self.kpi_heading.setStyleSheet("font-weight: 600;")
        outer.addWidget(self.kpi_heading)
        outer.addWidget(self.kpi_table)
        self.blueprint = BlueprintRows(self)  # the inspector wires it
        outer.addWidget(self.blueprint)
        outer.addStretch(1)
        self._entry: Entry | None = None
        self._lang = "en"
        self._phase_name = ""
        self.retranslate()

    # ---------------------------------------------------------------- building
    def _line_edit(self, field: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(field)
        edit.setMaxLength(MAX_STRING)
        edit.textEdited.connect(lambda text: self._line_edited(field, text))
        edit.editingFinished.connect(lambda: self._line_finished(field))
        return edit

    def _text_edit(self, field: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(field)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        edit.textChanged.connect(lambda: self._text_changed(field))
        return edit

    def _combo(self, field: str, values: tuple[str, ...]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(field)
        for value in values:
            box.addItem("", value)
        box.currentIndexChanged.connect(lambda _i: self._emit({field: box.currentData()}, field))
        return box

    # ---------------------------------------------------------------- showing
    def show_touchpoint(self, tp: Touchpoint, entry: Entry | None, lang: str, phase_name: str) -> None:
        """Show `tp`. Another touchpoint than before: every field is set anew. The same one (after an edit, undo
        or redo): fields whose content already means the same value are left alone (the cursor stays)."""
        same = self.touchpoint is not None and self.touchpoint.id == tp.id
        self.touchpoint, self._entry, self._lang = tp, entry, lang
        self._loading = True
        try:
            typing_empty = same and self.label.hasFocus() and not self.label.text().strip()
            if not same or (self.label.text().strip() != tp.label and not typing_empty):
                _set_line(self.label, tp.label)
            for field, edit in (("emotion_note", self.emotion_note), ("owner", self.owner)):
                if not same or edit.text() != getattr(tp, field):
                    _set_line(edit, getattr(tp, field))
            if not same or self.description.toPlainText() != tp.description:
                self.description.setPlainText(tp.description)
            if not same or lines_of(self.pain_points.toPlainText()) != tp.pain_points:
                self.pain_points.setPlainText("\n".join(tp.pain_points))
            self.contact.setCurrentIndex(self.contact.findData(tp.contact))
            self.kind.setCurrentIndex(self.kind.findData(tp.kind))
            self.emotion.set_value(tp.emotion)
            self.kpi_table.set_kpis(tp.kpis, force=not same)
            self.blueprint.show_blueprint(tp.blueprint, same)
        finally:
            self._loading = False
        self._show_origin(phase_name)

    def _show_origin(self, phase_name: str) -> None:
        self._phase_name = phase_name
        entry, lang = self._entry, self._lang
        if entry is not None:
            self.icon_label.setPixmap(catalogue_icon(entry.icon).pixmap(32, 32))
            origin = self.tr("%1 from the catalogue, in %2").replace("%1", entry.name.get(lang))
            hint = entry.description.get(lang)
            typical = [Kpi(name=k.name.get(lang), unit=k.unit, better=k.better) for k in entry.kpis]
        else:
            self.icon_label.clear()
            origin = self.tr("Own touchpoint, in %2")
            hint = ""
            typical = []
        self.origin.setText(origin.replace("%2", phase_name))
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.description.setToolTip(hint)
        self.kpi_table.set_typical(typical)

    # ---------------------------------------------------------------- editing
    def _emit(self, changes: dict[str, Any], field: str) -> None:
        if not self._loading and self.touchpoint is not None:
            self.edited.emit(changes, field)

    def _line_edited(self, field: str, text: str) -> None:
        if field == "label":
            text = text.strip()
            if not text:  # a label is required: wait until the user types one
                return
        self._emit({field: text}, field)

    def _line_finished(self, field: str) -> None:
        if field == "label" and self.touchpoint is not None and not self.label.text().strip():
            self.label.setText(self.touchpoint.label)

    def _text_changed(self, field: str) -> None:
        if self._loading or self.touchpoint is None:
            return
        edit: QPlainTextEdit = getattr(self, field)
        value: Any = edit.toPlainText() if field == "description" else lines_of(edit.toPlainText())
        if value != getattr(self.touchpoint, field):
            self._emit({field: value}, field)

    # ---------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        texts = field_labels()
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.kpi_heading.setText(self.tr("KPIs"))
        name_kinds(self.contact, self.kind)
        self.contact.setToolTip(self.tr("Direct: the customer meets the company itself; indirect: via others"))
        self.contact.setAccessibleName(self.tr("Contact"))
        self.kind.setAccessibleName(self.tr("Channel"))
        set_placeholder(self.description, self.tr("What happens here, from the customer's point of view"))
        set_placeholder(self.emotion_note, self.tr("What makes the customer feel this way?"))
        set_placeholder(self.pain_points, self.tr("One pain point per line"))
        set_placeholder(self.owner, self.tr("Who in the company looks after this touchpoint?"))
        if self.touchpoint is not None:
            self._show_origin(self._phase_name)
