"""File ▸ New from Template/Sample: empty AIDA(LA), AIDA and five-stage maps, and the bundled example journeys.

Every choice opens as a new *untitled* document (after the unsaved-changes question), so Save asks for a file name
and the bundled sample file is never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from journeymap.app.reasons import reason_of
from journeymap.fileformat import JourneyFileError
from journeymap.model import ProjectData
from journeymap.templates import TEMPLATES, new_journey, sample_names


def template_data(template: str, lang: str = "de") -> ProjectData:
    """An empty journey with the phase model `template` (`aidala`, `aida` or `five_stage`) in the UI's language."""
    return new_journey(template, meta={"language": lang if lang in ("de", "en") else "de"})


def sample_data(name: str) -> ProjectData:
    """A bundled example journey, made new: no creation or change date (saving sets them)."""
    return new_journey(sample=name, meta={"created": "", "modified": ""})


class NewFromMenu(QObject):
    """Fills the submenu and hands what is chosen to `open_untitled` (False: the user kept the current journey).
    `language` tells the UI's language (of a new empty journey); `parent` is where its messages show."""

    def __init__(self, parent: QWidget, menu: QMenu, open_untitled: Callable[[ProjectData], bool],
                 language: Callable[[], str]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.menu = menu
        self.open_untitled = open_untitled
        self.language = language
        self.templates: dict[str, QAction] = {}
        self.samples: dict[str, QAction] = {}
        for template in TEMPLATES:
            action = menu.addAction("")
            action.setObjectName(f"new_from_template_{template}")
            action.triggered.connect(lambda _checked=False, t=template: self.new_from_template(t))
            self.templates[template] = action
        names = sample_names()
        if names:
            menu.addSeparator()
        for name in names:
            action = menu.addAction("")
            action.setObjectName(f"new_from_sample_{name}")
            action.triggered.connect(lambda _checked=False, n=name: self.new_from_sample(n))
            self.samples[name] = action
        parent.installEventFilter(self)
        self.retranslate()

    # ---------------------------------------------------------------- commands
    def new_from_template(self, template: str) -> bool:
        """A new untitled, empty journey with the template's phases."""
        return self.open_untitled(template_data(template, self.language()))

    def new_from_sample(self, name: str) -> bool:
        """A new untitled journey with the sample's content; the sample file itself is never written."""
        try:
            data = sample_data(name)
        except (JourneyFileError, OSError) as exc:
            QMessageBox.critical(self.parent_widget, self.tr("Cannot open the sample"),
                                 self.tr("The example journey could not be read.") + "\n\n"
                                 + reason_of(exc))
            return False
        return self.open_untitled(data)

    # ---------------------------------------------------------------- texts
    def sample_title(self, name: str) -> str:
        titles = {
            "schmidt": self.tr("Schmidt Dreh- und Frästechnik (B2B example)"),
            "ebike": self.tr("E-bike for the commute (B2C example)"),
        }
        return titles.get(name, name.replace("_", " ").replace("-", " ").capitalize())

    def retranslate(self) -> None:
        self.templates["aidala"].setText(self.tr("Empty &AIDA(LA) map (six phases)"))
        self.templates["aidala"].setStatusTip(self.tr("Attention, interest, desire, action, loyalty, advocacy"))
        self.templates["aida"].setText(self.tr("Empty A&IDA map (four phases)"))
        self.templates["aida"].setStatusTip(self.tr("Attention, interest, desire, action"))
        self.templates["five_stage"].setText(self.tr("Empty &five-stage map"))
        self.templates["five_stage"].setStatusTip(self.tr("Awareness, consideration, purchase, retention, advocacy"))
        for name, action in self.samples.items():
            action.setText(self.sample_title(name))
            action.setStatusTip(self.tr("Open a copy of this example journey"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parent_widget and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().eventFilter(watched, event)
