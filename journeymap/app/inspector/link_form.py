"""The inspector's link page: the link's label and kind, and which touchpoints it connects."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from journeymap.app.personas.chips import PersonaChips
from journeymap.model import Link
from journeymap.model.limits import MAX_STRING

KINDS = ("step", "alternative", "loop_back")


class LinkForm(QWidget):
    """Fields of one link; `edited(changes, field)` reports what the user changed."""

    edited = Signal(dict, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.link: Link | None = None
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        self.ends = QLabel(self)
        self.ends.setWordWrap(True)
        self.ends.setStyleSheet("color: #5F6B7A;")
        outer.addWidget(self.ends)
        form = QFormLayout()
        self.label = QLineEdit(self)
        self.label.setObjectName("link_label")
        self.label.setMaxLength(MAX_STRING)
        self.label.textEdited.connect(lambda text: self._emit({"label": text}, "label"))
        self.kind = QComboBox(self)
        self.kind.setObjectName("link_kind")
        for kind in KINDS:
            self.kind.addItem("", kind)
        self.kind.currentIndexChanged.connect(lambda _i: self._emit({"kind": self.kind.currentData()}, "kind"))
        self.label_caption, self.kind_caption = QLabel(self), QLabel(self)
        form.addRow(self.label_caption, self.label)
        form.addRow(self.kind_caption, self.kind)
        self.personas = PersonaChips(parent=self)  # the inspector fills and wires it
        self.personas_caption = QLabel(self)
        form.addRow(self.personas_caption, self.personas)
        outer.addLayout(form)
        self.kind_help = QLabel(self)
        self.kind_help.setWordWrap(True)
        self.kind_help.setStyleSheet("color: #5F6B7A;")
        outer.addWidget(self.kind_help)
        outer.addStretch(1)
        self._source, self._target = "", ""
        self.retranslate()

    def show_link(self, link: Link, source_label: str, target_label: str) -> None:
        """Show `link`; the label field is left alone while it already holds the same text."""
        self.link, self._source, self._target = link, source_label, target_label
        self._loading = True
        try:
            if self.label.text() != link.label:
                self.label.setText(link.label)
                if not self.label.hasFocus():
                    self.label.setCursorPosition(0)  # show the start of a long label
            self.kind.setCurrentIndex(self.kind.findData(link.kind))
        finally:
            self._loading = False
        self._show_ends()

    def _show_ends(self) -> None:
        self.ends.setText(self.tr("From “%1” to “%2”").replace("%1", self._source).replace("%2", self._target))

    def _emit(self, changes: dict[str, Any], field: str) -> None:
        if not self._loading and self.link is not None:
            self.edited.emit(changes, field)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label_caption.setText(self.tr("Label"))
        self.kind_caption.setText(self.tr("Kind"))
        self.personas_caption.setText(self.tr("Personas"))
        self.label.setPlaceholderText(self.tr("e.g. “asks for a quote”"))
        self.kind.setItemText(0, self.tr("Step"))
        self.kind.setItemText(1, self.tr("Alternative"))
        self.kind.setItemText(2, self.tr("Loop back"))
        self.kind_help.setText(self.tr(
            "Step: the usual next contact (solid arrow). Alternative: another possible route (dashed). "
            "Loop back: the journey starts again, e.g. a recommendation brings a new customer (dotted)."))
        if self.link is not None:
            self._show_ends()
