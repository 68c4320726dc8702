"""File ▸ Print workshop kit…: what to print for a paper workshop, on which paper and in which language, with a
preview of the first page; then the file name and the PDF written in the background.

The choices are those of `journeymap cards` and `journeymap poster` (see `kit_choice`), and the PDF is written by the
same `export_kit`, so the editor and the command line print the same kit. The language starts as the journey's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.exchange.kit_choice import (
    LANGUAGES,
    MAX_BLANK,
    PAPERS,
    WHATS,
    KitChoice,
    stored_blank,
    stored_paper,
)
from journeymap.app.exchange.kit_page import PagePicture
from journeymap.app.exchange.kit_preview import KitPreview
from journeymap.model import ProjectData

SMALL_PRINT = 6.0  # a journey poster's card labels below this size (pt) cannot be read at the wall (as the CLI)
AskPath = Callable[[QWidget, KitChoice], Path | None]  # the dialog (parent of questions), the choice


class WorkshopKitDialog(QDialog):
    """The kit's choices at the left, the first page at the right; "Save PDF…" asks `ask_path` for the file
    (None: stay in the dialog) and closes the dialog with `choice()` and `path` set."""

    def __init__(self, data: ProjectData, choice: KitChoice, ask_path: AskPath, store: QSettings | None = None,
                 catalogue_size: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workshop_kit_dialog")
        self.data, self.ask_path, self.store, self.catalogue_size = data, ask_path, store, catalogue_size
        self.path: Path | None = None
        self.last_report: object = None
        self._blank = {kind: stored_blank(store, kind) if store is not None else 0 for kind in ("cards", "personas")}
        self._paper = {kind: stored_paper(store, kind) if store is not None else papers[0]
                       for kind, papers in PAPERS.items()}
        self.what_box = QGroupBox(self)
        self.what_group = QButtonGroup(self)
        what_layout = QVBoxLayout(self.what_box)
        self.radios: dict[str, QRadioButton] = {}
        for i, what in enumerate(WHATS):
            radio = QRadioButton(self.what_box)
            radio.setObjectName(f"kit_{what}")
            self.what_group.addButton(radio, i)
            what_layout.addWidget(radio)
            self.radios[what] = radio
        self.note = QLabel(self)
        self.note.setObjectName("kit_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        self.blank = QSpinBox(self)
        self.blank.setObjectName("kit_blank")
        self.blank.setRange(0, MAX_BLANK)
        self.paper = QComboBox(self)
        self.paper.setObjectName("kit_paper")
        self.lang = QComboBox(self)
        self.lang.setObjectName("kit_lang")
        for code, name in zip(LANGUAGES, ("Deutsch", "English"), strict=True):
            self.lang.addItem(name, code)
        self.labels = [QLabel(self) for _ in range(3)]
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in zip(self.labels, (self.blank, self.paper, self.lang), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        left = QVBoxLayout()
        left.addWidget(self.what_box)
        left.addWidget(self.note)
        left.addSpacing(4)
        left.addLayout(form)
        left.addStretch(1)
        self.picture = PagePicture(self)
        self.caption = QLabel(self)
        self.caption.setObjectName("kit_caption")
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.caption.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        right = QVBoxLayout()
        right.addWidget(self.picture, 1)
        right.addWidget(self.caption)
        columns = QHBoxLayout()
        columns.addLayout(left, 0)
        columns.addLayout(right, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.preview = KitPreview(data, self)
        self.preview.busy.connect(lambda: self.picture.set_busy(True))
        self.preview.ready.connect(self._show_preview)
        self.preview.failed.connect(self._show_failure)
        self.radios[choice.what].setChecked(True)
        self._paper[choice.kind] = choice.paper
        if choice.takes_blank:
            self._blank[choice.kind] = choice.blank
        self.lang.setCurrentIndex(max(0, self.lang.findData(choice.lang)))
        self._fill_paper()
        self.retranslate()
        self.what_group.idToggled.connect(self._what_changed)
        self.blank.valueChanged.connect(self._changed)
        self.paper.currentIndexChanged.connect(self._changed)
        self.lang.currentIndexChanged.connect(self._changed)
        self._fit_to_screen(parent)
        self._changed()

    def _fit_to_screen(self, parent: QWidget | None) -> None:
        """As large as the preview deserves, within the screen: 960 × 636 on a 1366 × 768 laptop."""
        screen = (parent.screen() if parent is not None else None) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)
        self.resize(min(960, round(room.width() * 0.75)), min(800, round(room.height() * 0.86)))

    # ---------------------------------------------------------------- the choice
    def what(self) -> str:
        return WHATS[max(0, self.what_group.checkedId())]

    def choice(self) -> KitChoice:
        what = self.what()
        return KitChoice(what, str(self.paper.currentData()), str(self.lang.currentData()),
                         self.blank.value()).normalised()

    def set_choice(self, choice: KitChoice) -> None:
        """Show `choice` (for tests and remembered choices); the preview follows."""
        self._paper[choice.kind] = choice.paper
        if choice.takes_blank:
            self._blank[choice.kind] = choice.blank
        for sender in (self.lang, self.what_group):
            sender.blockSignals(True)
        self.lang.setCurrentIndex(max(0, self.lang.findData(choice.lang)))
        self.radios[choice.what].setChecked(True)
        for sender in (self.lang, self.what_group):
            sender.blockSignals(False)
        self._fill_paper()
        self.retranslate()
        self._changed()

    def _what_changed(self, _id: int, checked: bool) -> None:
        if checked:
            self._fill_paper()
            self.retranslate()
            self._changed()

    def _fill_paper(self) -> None:
        """The papers the chosen part can take, its empty cards or sheets (the poster has none)."""
        kind = KitChoice(self.what()).kind
        for widget in (self.paper, self.blank):
            widget.blockSignals(True)
        self.paper.clear()
        for paper in PAPERS[kind]:
            self.paper.addItem(paper.upper(), paper)
        self.paper.setCurrentIndex(max(0, self.paper.findData(self._paper[kind])))
        self.paper.setEnabled(len(PAPERS[kind]) > 1)
        self.blank.setValue(self._blank.get(kind, 0))
        self.blank.setEnabled(kind != "poster")
        for widget in (self.paper, self.blank):
            widget.blockSignals(False)

    def _changed(self, *_args: object) -> None:
        choice = self.choice()
        self._paper[choice.kind] = choice.paper
        if choice.takes_blank:
            self._blank[choice.kind] = choice.blank
        self._show_note(choice)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if choice.nothing_to_print(self.data):
            save.setEnabled(False)
            self.preview.stop()
            self.picture.set_image(QImage())
            self.caption.setText(self.tr("This journey has no touchpoints yet. Add empty cards to print cards to "
                                         "write on."))
            return
        save.setEnabled(True)
        self.caption.setText(self.tr("Preparing the preview…"))
        self.preview.request(choice)

    # ---------------------------------------------------------------- the preview
    def _show_preview(self, image: QImage, report: object) -> None:
        self.last_report = report
        self.picture.set_image(image)
        pages = int(getattr(report, "pages", 1))
        paper = str(getattr(report, "paper", "")).upper()
        kind = str(getattr(report, "kind", ""))
        sheet = self.tr("%1 landscape") if kind == "poster" else self.tr("%1 portrait")
        text = self.tr("Page 1 of %n", "", pages) + " · " + sheet.replace("%1", paper)
        label_pt = float(getattr(report, "label_pt", 0.0))
        if kind == "poster" and 0 < label_pt < SMALL_PRINT:
            size = f"{label_pt:.1f}"
            size = size.replace(".", ",") if self.lang.currentData() == "de" else size
            text += "\n" + self.tr("The map is too long for one poster: its labels are only %1 pt. For a readable "
                                   "map on several sheets use File ▸ Export ▸ PDF Report… with “Split over several "
                                   "pages”.").replace("%1", size)
        self.caption.setText(text)

    def _show_failure(self, reason: str) -> None:
        self.picture.set_image(QImage())
        self.caption.setText(self.tr("No preview: %1").replace("%1", reason))

    # ---------------------------------------------------------------- texts
    def _show_note(self, choice: KitChoice) -> None:
        tps, personas = len(self.data.touchpoints), len(self.data.personas)
        notes = {
            "catalogue_cards": self.tr("All %n touchpoints of the catalogue as cards to cut out: icon, name, a short "
                                       "description, the phases each suits and what it serves best.", "",
                                       self.catalogue_size),
            "journey_cards": self.tr("This journey's %n touchpoint(s) as cards, so the group can re-sort them on "
                                     "paper: label, phase, emotion, pain points and opportunities.", "", tps),
            "lane_poster": self.tr("The phases as lanes with a guiding question each, an emotion scale and room "
                                   "for cards and sticky notes, in landscape."),
            "journey_poster": self.tr("This journey's whole map with its %n touchpoint(s) on one poster, in "
                                      "landscape.", "", tps),
            "personas": self.tr("One A4 sheet per persona of this journey (%n), to complete in the workshop.", "",
                                personas) if personas else
            self.tr("This journey has no personas yet: an empty persona sheet to fill in."),
        }
        text = notes[choice.what]
        if choice.kind == "cards":
            text += " " + (self.tr("Cards of 90 × 64 mm, eight to a sheet, with crop marks.") if choice.paper == "a4"
                           else self.tr("Cards of 127 × 91 mm, eight to a sheet, for walls and an A0 poster."))
        self.note.setText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print Workshop Kit"))
        self.what_box.setTitle(self.tr("What to print"))
        texts = {
            "catalogue_cards": self.tr("Touchpoint &cards from the catalogue"),
            "journey_cards": self.tr("Cards of &this journey's touchpoints"),
            "lane_poster": self.tr("&Lane poster to work on"),
            "journey_poster": self.tr("This journey as a &poster"),
            "personas": self.tr("Pe&rsona sheets"),
        }
        for what, radio in self.radios.items():
            radio.setText(texts[what])
        kind = KitChoice(self.what()).kind
        self.labels[0].setText(self.tr("&Empty sheets to add:") if kind == "personas"
                               else self.tr("&Empty cards to add:"))
        self.labels[1].setText(self.tr("P&aper:"))
        self.labels[2].setText(self.tr("Lan&guage:"))
        self.picture.setAccessibleName(self.tr("Preview of the first page"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save PDF…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_note(self.choice())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # ---------------------------------------------------------------- closing
    def accept(self) -> None:
        """Ask for the file; without one the dialog stays open."""
        path = self.ask_path(self, self.choice())
        if path is None:
            return
        self.path = path
        super().accept()

    def done(self, result: int) -> None:
        self.preview.stop()  # no preview thread may draw while the kit is written (or after the dialog is gone)
        super().done(result)
