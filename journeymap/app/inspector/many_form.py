"""The inspector's page for several selected touchpoints: how many, and the fields they can share — contact,
channel, emotion, owner. A field shows the value all of them have, or that they differ; a change sets it on every
one of them (`edited(changes)`, which the inspector turns into one undo step). With links in the selection only the
count is shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journeymap.app.inspector.emotion_picker import EmotionPicker
from journeymap.app.inspector.touchpoint_form import field_labels, name_kinds
from journeymap.model import Touchpoint
from journeymap.model.limits import MAX_STRING

_MIXED = object()  # what `common` gives for a field the touchpoints differ in


def common(tps: list[Touchpoint], field: str) -> Any:
    """The value of `field` all of `tps` share, or `_MIXED`."""
    values = {getattr(tp, field) for tp in tps}
    return values.pop() if len(values) == 1 else _MIXED


class ManyForm(QWidget):
    """Several touchpoints at once (see the module). `edited(changes: dict)` reports a field set for all."""

    edited = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("many_form")
        self._loading = False
        self._owner_shown = ""
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 12)
        outer.setSpacing(10)
        self.summary = QLabel(self)
        self.summary.setObjectName("many_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #5F6B7A;")
        outer.addWidget(self.summary)
        self.fields = QWidget(self)
        form = QFormLayout(self.fields)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.contact = self._combo("contact", ("direct", "indirect"))
        self.kind = self._combo("kind", ("digital", "analogue"))
        self.emotion = EmotionPicker(self.fields)
        self.emotion.emotion_chosen.connect(lambda score: self._emit({"emotion": score}))
        self.owner = QLineEdit(self.fields)
        self.owner.setObjectName("owner")
        self.owner.setMaxLength(MAX_STRING)
        self.owner.editingFinished.connect(self._owner_done)  # (Enter, Tab or leaving the field)
        kinds = QHBoxLayout()
        kinds.setSpacing(6)
        kinds.addWidget(self.contact, 1)
        kinds.addWidget(self.kind, 1)
        self.labels = {name: QLabel(self.fields) for name in ("kinds", "emotion", "owner")}
        form.addRow(self.labels["kinds"], kinds)
        form.addRow(self.labels["emotion"], self.emotion)
        form.addRow(self.labels["owner"], self.owner)
        for name, field in (("kinds", self.contact), ("emotion", self.emotion), ("owner", self.owner)):
            self.labels[name].setBuddy(field)
        outer.addWidget(self.fields)
        outer.addStretch(1)
        self.retranslate()

    def _combo(self, field: str, values: tuple[str, ...]) -> QComboBox:
        box = QComboBox(self.fields)
        box.setObjectName(field)
        for value in values:
            box.addItem("", value)
        box.activated.connect(lambda _index: self._emit({field: box.currentData()}))  # by the user only
        return box

    # ---------------------------------------------------------------- showing
    def show_touchpoints(self, tps: list[Touchpoint], summary: str) -> None:
        """Show the count (`summary`) and, for two or more touchpoints, their shared fields."""
        self.summary.setText(summary)
        self.fields.setVisible(len(tps) >= 2)
        if len(tps) < 2:
            return
        self._loading = True
        try:
            for box, field in ((self.contact, "contact"), (self.kind, "kind")):
                value = common(tps, field)
                box.setCurrentIndex(-1 if value is _MIXED else box.findData(value))  # -1: the placeholder
            emotion = common(tps, "emotion")
            if emotion is _MIXED:
                self.emotion.clear()
            else:
                self.emotion.set_value(emotion)
            owner = common(tps, "owner")
            self._owner_shown = "" if owner is _MIXED else str(owner)
            if not self.owner.hasFocus() or owner is not _MIXED:
                self.owner.setText(self._owner_shown)
            self.owner.setPlaceholderText(self.tr("(they differ)") if owner is _MIXED else "")
        finally:
            self._loading = False

    # ---------------------------------------------------------------- editing
    def _emit(self, changes: dict[str, Any]) -> None:
        if not self._loading:
            self.edited.emit(changes)

    def _owner_done(self) -> None:
        text = " ".join(self.owner.text().split())
        if text != self._owner_shown and (text or not self.owner.placeholderText()):
            self._owner_shown = text
            self._emit({"owner": text})

    # ---------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        captions = field_labels()
        for name, label in self.labels.items():
            label.setText(captions[name])
        for box in (self.contact, self.kind):
            box.setPlaceholderText(self.tr("(they differ)"))
        name_kinds(self.contact, self.kind)
        self.contact.setAccessibleName(self.tr("Contact of all selected touchpoints"))
        self.kind.setAccessibleName(self.tr("Channel of all selected touchpoints"))
        self.owner.setAccessibleName(self.tr("Owner of all selected touchpoints"))
        self.emotion.setAccessibleName(self.tr("Emotion of all selected touchpoints"))
