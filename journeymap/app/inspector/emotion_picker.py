"""Pick the customer's emotion at a touchpoint: five drawn faces (−2..+2) and "not assessed"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QToolButton, QWidget

from journeymap.app.inspector.faces import face_icon

SCORES: tuple[int | None, ...] = (None, -2, -1, 0, 1, 2)


class EmotionPicker(QWidget):
    """A row of exclusive face buttons; `emotion_chosen(score)` fires on a click (score may be None)."""

    emotion_chosen = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int | None, QToolButton] = {}
        for index, score in enumerate(SCORES):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setIcon(face_icon(score))
            button.setIconSize(QSize(26, 26))
            button.setObjectName(f"emotion_{'none' if score is None else score}")
            self.group.addButton(button, index)
            self.buttons[score] = button
            layout.addWidget(button)
            if score is None:
                layout.addSpacing(8)
        layout.addStretch(1)
        self.group.idClicked.connect(lambda index: self.emotion_chosen.emit(SCORES[index]))
        self.retranslate()

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return SCORES[checked] if checked >= 0 else None

    def set_value(self, score: int | None) -> None:
        """Show a score without emitting `emotion_chosen`."""
        self.buttons[score].setChecked(True)

    def clear(self) -> None:
        """Show no face chosen (several touchpoints with different emotions)."""
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = {
            None: self.tr("Not assessed yet"),
            -2: self.tr("Very unhappy (−2)"),
            -1: self.tr("Unhappy (−1)"),
            0: self.tr("Neutral (0)"),
            1: self.tr("Happy (+1)"),
            2: self.tr("Very happy (+2)"),
        }
        for score, button in self.buttons.items():
            button.setToolTip(names[score])
            button.setAccessibleName(names[score])
