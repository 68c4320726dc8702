"""The parts of the recommender dialog: the level picker and question row, and one row of the ranked result."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.icons import catalogue_icon
from journeymap.catalogue import Entry
from journeymap.catalogue.recommender import LEVEL_LABELS, MAX_LEVEL, Recommendation
from journeymap.layout import theme as t
from journeymap.model.phases import aidala

_AIDALA_NAMES = {p.id: p.name for p in aidala().phases}
MUTED_CSS = f"color: {t.MUTED};"
CHOSEN_FILL = "#EAF1FD"

W = TypeVar("W", bound=QWidget)


def _bold(widget: W, scale: float = 1.0) -> W:
    font = widget.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    widget.setFont(font)
    return widget


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class LevelPicker(QWidget):
    """A segmented control of the four levels (unimportant … very important); none checked = unanswered."""

    changed = Signal(str, object)  # category id, level 0..3 (None when cleared)

    def __init__(self, category_id: str, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.category_id = category_id
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # exclusive by hand, so that clicking the checked level clears it
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.buttons: list[QToolButton] = []
        for level in range(MAX_LEVEL + 1):
            button = QToolButton(self)
            button.setObjectName(f"level_{level}")
            button.setCheckable(True)
            button.setText(LEVEL_LABELS[level].get(lang))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setStyleSheet(self._style(level))
            self.group.addButton(button, level)
            layout.addWidget(button)
            self.buttons.append(button)
        self.group.idClicked.connect(self._clicked)

    @staticmethod
    def _style(level: int) -> str:
        first, last = level == 0, level == MAX_LEVEL
        radius = ("border-top-left-radius: 5px; border-bottom-left-radius: 5px;" if first else "") + (
            "border-top-right-radius: 5px; border-bottom-right-radius: 5px;" if last else "")
        left = "" if first else "border-left: none;"
        tone = t.mix(t.SELECTION, 0.35 + 0.65 * level / MAX_LEVEL)
        return (
            f"QToolButton {{ background: white; color: {t.TEXT}; border: 1px solid #B8C0CA; {left} {radius}"
            f" padding: 4px 6px; }}"
            "QToolButton:hover { background: #EEF3FB; }"
            f"QToolButton:checked {{ background: {tone}; color: white; font-weight: 600; border-color: {tone}; }}"
        )

    def level(self) -> int | None:
        checked = self.group.checkedId()
        return None if checked < 0 else checked

    def set_level(self, level: int | None) -> None:
        for value, button in enumerate(self.buttons):
            button.setChecked(value == level)

    def _clicked(self, level: int) -> None:
        on = self.buttons[level].isChecked()
        self.set_level(level if on else None)
        self.changed.emit(self.category_id, self.level())


class QuestionRow(QFrame):
    """One need: its name, the question, the explanation, and the level picker."""

    def __init__(self, category, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"question_{category.id}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 8, 10, 10)
        layout.setSpacing(3)
        self.name = _bold(QLabel(category.name.get(lang), self))
        self.question = QLabel(category.question.get(lang), self)
        self.question.setWordWrap(True)
        self.explanation = QLabel(category.explanation.get(lang), self)
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(MUTED_CSS)
        small = self.explanation.font()
        small.setPointSizeF(small.pointSizeF() * 0.92)
        self.explanation.setFont(small)
        self.picker = LevelPicker(category.id, lang, self)
        layout.addWidget(self.name)
        layout.addWidget(self.question)
        layout.addWidget(self.explanation)
        layout.addSpacing(4)
        layout.addWidget(self.picker)


class ResultRow(QFrame):
    """One ranked entry: a checkbox with rank and name, score and band, what it suits, and why it ranks there."""

    toggled = Signal(str, bool)  # entry id, chosen

    def __init__(self, entry: Entry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setObjectName(f"result_{entry.id}")
        self.setAutoFillBackground(True)
        self.setStyleSheet("ResultRow { background: white; }")
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 10, 7)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(1)
        self.check = QCheckBox(self)
        self.check.setIconSize(self.check.iconSize() * 1.4)
        self.check.setIcon(catalogue_icon(entry.icon))
        _bold(self.check)
        self.check.toggled.connect(lambda on: self.toggled.emit(self.entry.id, on))
        self.score = _bold(QLabel(self), 1.15)
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.score.setMinimumWidth(46)
        self.band = QLabel(self)
        self.band.setTextFormat(Qt.TextFormat.RichText)
        self.band.setMinimumWidth(170)
        self.suits = QLabel(self)
        self.suits.setWordWrap(True)
        self.suits.setTextFormat(Qt.TextFormat.RichText)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        self.why.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.suits, self.why):
            label.setStyleSheet(MUTED_CSS)
        indent = 26  # under the name, past the checkbox
        grid.addWidget(self.check, 0, 0, 1, 2)
        grid.addWidget(self.score, 0, 2)
        grid.addWidget(self.band, 0, 3)
        grid.addWidget(self.suits, 1, 1, 1, 3)
        grid.addWidget(self.why, 2, 1, 1, 3)
        grid.setColumnMinimumWidth(0, indent)
        grid.setColumnStretch(1, 1)

    def show_result(self, rec: Recommendation, lang: str, on_map: bool, names: Mapping[str, str],
                    texts: Mapping[str, str]) -> None:
        entry = rec.entry
        self.check.setText(f"{rec.rank}. {entry.name.get(lang)}")
        self.check.setToolTip(entry.description.get(lang))
        self.score.setText(f"{rec.score:.0f} %")
        fill = t.BAND_COLOURS[rec.band.id]
        self.band.setText(f'<span style="color:{fill}">■</span>&nbsp;{_html(rec.band.label.get(lang))}')
        suits = ", ".join(_AIDALA_NAMES[p].get(lang) for p in entry.phases)
        line = _html(texts["suits"].replace("%1", suits))
        if on_map:
            line = f"<i>{_html(texts['on_map'])}</i> · {line}"
        if rec.fills_phases:
            fills = ", ".join(names.get(p, p) for p in rec.fills_phases)
            fills_text = texts["fills_1" if len(rec.fills_phases) == 1 else "fills_n"].replace("%1", fills)
            line += f' · <b style="color:{t.SELECTION}">{_html(fills_text)}</b>'
        self.suits.setText(line)
        reasons = " · ".join(_html(f"{r.name.get(lang)}\u00a0+{r.share:.0f}\u00a0%") for r in rec.reasons)
        self.why.setText(f"{_html(texts['why'])} {reasons}" if reasons else "")
        self.why.setVisible(bool(reasons))
        self.why.setToolTip("<br>".join(_html(r.describe(lang)) for r in rec.reasons))

    def set_chosen(self, on: bool) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(on)
        self.check.blockSignals(False)
        self.setStyleSheet(f"ResultRow {{ background: {CHOSEN_FILL if on else 'white'}; }}")

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.check.toggle()
            event.accept()
            return
        super().mousePressEvent(event)
