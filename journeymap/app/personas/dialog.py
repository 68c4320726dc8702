"""The persona dialog: who the persona is (name, role, segment, industry, quote, colour, initials), what they
want and what bothers them (one goal or pain per line), and the channels they prefer, from the catalogue.

The dialog edits a copy: `value()` is the persona with the fields as entered, `changes()` only what differs,
so that OK is one `AddPersona` or one `EditPersona` (one undo step). The path is edited on the map.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.icons import catalogue_icon
from journeymap.app.inspector.touchpoint_form import lines_of
from journeymap.app.personas.chips import avatar_pixmap
from journeymap.canvas.items.persona_items import persona_initials
from journeymap.catalogue import Catalogue
from journeymap.layout import theme as t
from journeymap.model import Persona
from journeymap.model.limits import MAX_STRING

EDITABLE = ("name", "role", "segment", "industry", "goals", "pains", "channels", "quote", "colour", "initials")
CHANNEL_ROLE = Qt.ItemDataRole.UserRole + 1


def _swatch(colour: str, size: int = 18) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class PersonaDialog(QDialog):
    """Edit one persona's description (not its path)."""

    def __init__(self, persona: Persona, catalogue: Catalogue, lang: str = "en", new: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("persona_dialog")
        self.persona = persona
        self.catalogue = catalogue
        self.lang = lang
        self.new = new
        self._colour = persona.colour
        self.avatar = QLabel(self)
        self.avatar.setFixedSize(56, 56)
        self.name = self._line("name", persona.name)
        self.name.textChanged.connect(self._update)
        self.role = self._line("role", persona.role)
        self.segment = QComboBox(self)
        self.segment.setObjectName("segment")
        self.segment.addItem("B2B", "b2b")
        self.segment.addItem("B2C", "b2c")
        self.segment.setCurrentIndex(self.segment.findData(persona.segment))
        self.industry = self._line("industry", persona.industry)
        self.initials = self._line("initials", persona.initials)
        self.initials.setMaxLength(3)
        self.initials.setMaximumWidth(70)
        self.initials.textChanged.connect(self._update)
        self.quote = self._text("quote", persona.quote, 56)
        self.goals = self._text("goals", "\n".join(persona.goals), 84)
        self.pains = self._text("pains", "\n".join(persona.pains), 84)
        self.colours = QButtonGroup(self)
        self.colours.setExclusive(True)
        colour_row = QHBoxLayout()
        colour_row.setSpacing(4)
        for i, colour in enumerate(t.PERSONA_COLOURS):
            button = QToolButton(self)
            button.setObjectName(f"colour_{colour[1:]}")
            button.setCheckable(True)
            button.setIcon(_swatch(colour))
            button.setIconSize(QSize(18, 18))
            button.setToolTip(colour)
            self.colours.addButton(button, i)
            colour_row.addWidget(button)
        self.other_colour = QToolButton(self)
        self.other_colour.setObjectName("other_colour")
        self.other_colour.setCheckable(True)
        self.other_colour.clicked.connect(self._pick_colour)
        colour_row.addWidget(self.other_colour)
        colour_row.addStretch(1)
        self.colours.idClicked.connect(lambda i: self.set_colour(t.PERSONA_COLOURS[i]))
        self.channel_filter = QLineEdit(self)
        self.channel_filter.setObjectName("channel_filter")
        self.channel_filter.setClearButtonEnabled(True)
        self.channel_filter.textChanged.connect(self._filter_channels)
        self.channels = QListWidget(self)
        self.channels.setObjectName("channels")
        self.channels.setIconSize(QSize(20, 20))
        self._fill_channels(persona.channels)

        self.captions: dict[str, QLabel] = {}
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        initials_row = QHBoxLayout()
        initials_row.addWidget(self.initials)
        initials_row.addStretch(1)
        for key, field in (("name", self.name), ("role", self.role), ("segment", self.segment),
                           ("industry", self.industry), ("quote", self.quote), ("colour", colour_row),
                           ("initials", initials_row)):
            self.captions[key] = QLabel(self)
            left.addRow(self.captions[key], field)
        head = QHBoxLayout()
        head.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.addLayout(left)
        column.addStretch(1)
        head.addLayout(column, 1)
        right = QVBoxLayout()
        for key, widget in (("goals", self.goals), ("pains", self.pains)):
            self.captions[key] = QLabel(self)
            right.addWidget(self.captions[key])
            right.addWidget(widget)
        self.captions["channels"] = QLabel(self)
        right.addWidget(self.captions["channels"])
        right.addWidget(self.channel_filter)
        right.addWidget(self.channels, 1)
        for caption in (self.captions["goals"], self.captions["pains"], self.captions["channels"]):
            caption.setStyleSheet("font-weight: 600;")
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.addLayout(head, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(grid, 1)
        outer.addWidget(self.buttons)
        self.resize(820, 520)
        self.set_colour(persona.colour)
        self.retranslate()
        self.name.setFocus()
        self.name.selectAll()

    # ---------------------------------------------------------------- building
    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        edit.setMaxLength(MAX_STRING)
        return edit

    def _text(self, name: str, text: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit(text, self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def _fill_channels(self, chosen: tuple[str, ...]) -> None:
        """The catalogue's entries, the persona's channels first (in their order) so they show at once."""
        known = set()
        rank = {cid: i for i, cid in enumerate(chosen)}
        entries = sorted(self.catalogue.entries, key=lambda e: rank.get(e.id, len(rank)))
        for entry in entries:
            known.add(entry.id)
            item = QListWidgetItem(catalogue_icon(entry.icon), entry.name.get(self.lang), self.channels)
            item.setData(CHANNEL_ROLE, entry.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.id in chosen else Qt.CheckState.Unchecked)
            item.setToolTip(entry.description.get(self.lang)[:300])
        for cid in chosen:  # ids the catalogue no longer has stay chosen (never lose data silently)
            if cid not in known:
                item = QListWidgetItem(cid, self.channels)
                item.setData(CHANNEL_ROLE, cid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)

    # ---------------------------------------------------------------- state
    def colour(self) -> str:
        return self._colour

    def set_colour(self, colour: str) -> None:
        """Choose a colour (`#RRGGBB`): a palette swatch, or any other colour."""
        self._colour = QColor(colour).name().upper()
        palette = [c.upper() for c in t.PERSONA_COLOURS]
        index = palette.index(self._colour) if self._colour in palette else -1
        if index >= 0:
            self.colours.button(index).setChecked(True)
            self.other_colour.setChecked(False)
        else:
            checked = self.colours.checkedButton()
            if checked is not None:
                self.colours.setExclusive(False)
                checked.setChecked(False)
                self.colours.setExclusive(True)
            self.other_colour.setChecked(True)
        self.other_colour.setIcon(_swatch(self._colour) if index < 0 else QIcon())
        self._update()

    def _pick_colour(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, self.tr("Persona colour"))
        self.set_colour(chosen.name() if chosen.isValid() else self._colour)

    def chosen_channels(self) -> tuple[str, ...]:
        """The checked channels: those the persona had in their order, then new ones in catalogue order."""
        checked = [self.channels.item(i).data(CHANNEL_ROLE) for i in range(self.channels.count())
                   if self.channels.item(i).checkState() == Qt.CheckState.Checked]
        kept = [cid for cid in self.persona.channels if cid in checked]
        return tuple(kept + [cid for cid in checked if cid not in kept])

    def set_channel(self, channel_id: str, on: bool = True) -> None:
        for i in range(self.channels.count()):
            item = self.channels.item(i)
            if item.data(CHANNEL_ROLE) == channel_id:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return
        raise KeyError(channel_id)

    def _filter_channels(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.channels.count()):
            item = self.channels.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def fields(self) -> dict:
        """The editable fields as entered."""
        return {
            "name": self.name.text().strip(),
            "role": self.role.text().strip(),
            "segment": self.segment.currentData(),
            "industry": self.industry.text().strip(),
            "goals": lines_of(self.goals.toPlainText()),
            "pains": lines_of(self.pains.toPlainText()),
            "channels": self.chosen_channels(),
            "quote": self.quote.toPlainText().strip(),
            "colour": self._colour,
            "initials": self.initials.text().strip(),
        }

    def value(self) -> Persona:
        """The persona as entered (raises `ValidationError` for invalid fields)."""
        return Persona.model_validate({**self.persona.model_dump(), **self.fields()})

    def changes(self) -> dict:
        """Only the fields that differ from the persona the dialog started with."""
        value = self.value()
        return {key: getattr(value, key) for key in EDITABLE if getattr(value, key) != getattr(self.persona, key)}

    def _update(self) -> None:
        name = self.name.text().strip()
        preview = self.persona.model_copy(update={"name": name or "?", "initials": self.initials.text()})
        initials = persona_initials(preview) if name or self.initials.text().strip() else ""
        self.avatar.setPixmap(avatar_pixmap(self._colour, initials, 56))
        self.initials.setPlaceholderText(
            persona_initials(self.persona.model_copy(update={"name": name, "initials": ""})) if name else "")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok) if hasattr(self, "buttons") else None
        if ok is not None:
            ok.setEnabled(bool(name))

    def accept(self) -> None:
        try:
            self.value()
        except ValidationError as error:
            QMessageBox.warning(self, self.windowTitle(), self.tr("The persona cannot be saved like this:\n%1")
                                .replace("%1", str(error.errors()[0].get("msg", error))))
            return
        super().accept()

    # ---------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New persona") if self.new else self.tr("Edit persona"))
        texts = {
            "name": self.tr("Name"),
            "role": self.tr("Role"),
            "segment": self.tr("Segment"),
            "industry": self.tr("Industry"),
            "quote": self.tr("Quote"),
            "colour": self.tr("Colour"),
            "initials": self.tr("Initials"),
            "goals": self.tr("Goals"),
            "pains": self.tr("Pains"),
            "channels": self.tr("Preferred channels"),
        }
        for key, caption in self.captions.items():
            caption.setText(texts[key])
        self.name.setPlaceholderText(self.tr("e.g. Dr. Katrin Vogel"))
        self.role.setPlaceholderText(self.tr("e.g. Head of purchasing at a medical-technology maker"))
        self.industry.setPlaceholderText(self.tr("e.g. Medical technology"))
        self.quote.setPlaceholderText(self.tr("What would this persona say about buying from you?"))
        self.goals.setPlaceholderText(self.tr("One goal per line"))
        self.pains.setPlaceholderText(self.tr("One pain per line"))
        self.channel_filter.setPlaceholderText(self.tr("Filter channels"))
        self.other_colour.setText(self.tr("Other…"))
        self.other_colour.setToolTip(self.tr("Choose any colour"))
        self.initials.setToolTip(self.tr("Up to three letters; empty: taken from the name"))
        self.segment.setItemText(0, self.tr("B2B (business customers)"))
        self.segment.setItemText(1, self.tr("B2C (consumers)"))
