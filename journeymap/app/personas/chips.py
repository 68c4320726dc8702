"""The inspector's "Personas" row: one checkable chip per persona puts the selected touchpoint or link on that
persona's path; for a touchpoint, a face list beside a checked chip sets how that persona feels there when it
differs from the touchpoint's general emotion.

The widget only reports what the user chose (`toggled`, `emotion_chosen`); the inspector makes the commands.
Also here: the persona avatar (initials in a circle of the persona's colour) that the panel and dialog share.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from journeymap.app.inspector.faces import face_icon
from journeymap.canvas.items.persona_items import persona_initials
from journeymap.layout import theme as t
from journeymap.model import Persona

SCORES = (-2, -1, 0, 1, 2)


def avatar_pixmap(colour: str, initials: str, size: int) -> QPixmap:
    """Initials in white on a circle of the persona's colour."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    if initials:
        font = QFont()
        font.setPixelSize(max(6, round(size * (0.42 if len(initials) < 3 else 0.32))))
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF"))
        painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, initials)
    painter.end()
    return QPixmap.fromImage(image)


def avatar_icon(persona: Persona) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48):
        icon.addPixmap(avatar_pixmap(persona.colour, persona_initials(persona), size))
    return icon


def chip_style(colour: str) -> str:
    tint = t.mix(colour, 0.14)
    return (f"QToolButton {{ border: 1px solid {t.CARD_BORDER}; border-radius: 12px; padding: 2px 8px 2px 3px; "
            f"background: #FFFFFF; color: {t.TEXT}; }}"
            f"QToolButton:hover {{ border-color: {t.CARD_HOVER}; }}"
            f"QToolButton:checked {{ border: 2px solid {colour}; background: {tint}; font-weight: 600; }}")


class PersonaChips(QWidget):
    """Chips for the personas of a journey, checked where the shown item is on the persona's path."""

    toggled = Signal(str, bool)  # persona id, on the path
    emotion_chosen = Signal(str, object)  # persona id, score −2..2 or None (as the touchpoint's)

    def __init__(self, with_emotion: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.with_emotion = with_emotion
        self.chips: dict[str, QToolButton] = {}
        self.emotions: dict[str, QComboBox] = {}
        self._signature: tuple = ()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {t.MUTED};")
        outer.addWidget(self.empty)
        self.rows = QWidget(self)
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(4)
        outer.addWidget(self.rows)
        self.retranslate()

    # ---------------------------------------------------------------- showing
    def show_personas(self, personas: Sequence[Persona], item_id: str, general: int | None = None) -> None:
        """Show chips for `personas`, checked where `item_id` (a touchpoint or link id) is on the path;
        `general` is the touchpoint's own emotion (for the "as general" entry)."""
        signature = tuple((p.id, p.name, p.colour, persona_initials(p)) for p in personas)
        if signature != self._signature:
            self._signature = signature
            self._build(personas)
        for persona in personas:
            on = item_id in persona.touchpoint_ids or item_id in persona.link_ids
            chip = self.chips[persona.id]
            chip.blockSignals(True)
            chip.setChecked(on)
            chip.blockSignals(False)
            box = self.emotions.get(persona.id)
            if box is not None:
                box.blockSignals(True)
                own = persona.emotions.get(item_id) if on else None
                box.setItemIcon(0, face_icon(general))
                box.setCurrentIndex(0 if own is None else SCORES.index(own) + 1)
                box.setVisible(on)
                box.blockSignals(False)

    def _build(self, personas: Sequence[Persona]) -> None:
        for widget in (*self.chips.values(), *self.emotions.values()):
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self.chips, self.emotions = {}, {}
        for row, persona in enumerate(personas):
            chip = QToolButton(self.rows)
            chip.setObjectName(f"persona_chip_{persona.id}")
            chip.setCheckable(True)
            chip.setText(persona.name)
            chip.setIcon(avatar_icon(persona))
            chip.setIconSize(QSize(18, 18))
            chip.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            chip.setStyleSheet(chip_style(persona.colour))
            chip.toggled.connect(lambda on, pid=persona.id: self.toggled.emit(pid, on))
            self.chips[persona.id] = chip
            self.grid.addWidget(chip, row, 0, Qt.AlignmentFlag.AlignLeft)
            if self.with_emotion:
                box = QComboBox(self.rows)
                box.setObjectName(f"persona_emotion_{persona.id}")
                box.setIconSize(QSize(16, 16))
                box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
                box.addItem(face_icon(None), "", None)
                for score in SCORES:
                    box.addItem(face_icon(score), "", score)
                box.activated.connect(
                    lambda index, pid=persona.id: self.emotion_chosen.emit(pid, SCORES[index - 1] if index else None))
                self.emotions[persona.id] = box
                self.grid.addWidget(box, row, 1)
        self.grid.setColumnStretch(1 if self.with_emotion else 0, 1)
        self.empty.setVisible(not personas)
        self.rows.setVisible(bool(personas))
        self._retranslate_rows()

    # ---------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.empty.setText(self.tr("No personas yet: add them in the Personas panel."))
        self._retranslate_rows()

    def _retranslate_rows(self) -> None:
        names = {-2: "\u22122", -1: "\u22121", 0: "0", 1: "+1", 2: "+2"}
        tips = {
            -2: self.tr("Very unhappy (−2)"),
            -1: self.tr("Unhappy (−1)"),
            0: self.tr("Neutral (0)"),
            1: self.tr("Happy (+1)"),
            2: self.tr("Very happy (+2)"),
        }
        for pid, chip in self.chips.items():
            chip.setToolTip(self.tr("On the path of this persona"))
            box = self.emotions.get(pid)
            if box is None:
                continue
            box.setAccessibleName(self.tr("Emotion of %1").replace("%1", self.chips[pid].text()))
            box.setItemText(0, self.tr("as general"))
            box.setItemData(0, self.tr("Feels like the touchpoint's general emotion"), Qt.ItemDataRole.ToolTipRole)
            for i, score in enumerate(SCORES, start=1):
                box.setItemText(i, names[score])
                box.setItemData(i, tips[score], Qt.ItemDataRole.ToolTipRole)
            box.setToolTip(self.tr("How this persona feels here, if not like the touchpoint's general emotion"))
