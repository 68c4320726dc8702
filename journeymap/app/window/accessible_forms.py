"""Form captions that name their fields for screen readers.

`QFormLayout.addRow(QLabel, field)` does not make the label the field's buddy, so a reader would announce a
bare "edit text". `name_form_fields` sets the buddy of every such caption under a widget (the caption's text,
translated live, becomes the field's accessible name, and a mnemonic in it focuses the field).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def name_form_fields(root: QWidget) -> int:
    """Make each form row's caption the buddy of its field (when the field is one widget); returns how many."""
    named = 0
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            caption = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label = caption.widget() if caption is not None else None
            widget = field.widget() if field is not None else None
            if isinstance(label, QLabel) and widget is not None and label.buddy() is None:
                label.setBuddy(widget)
                named += 1
    return named
