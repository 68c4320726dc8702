"""“Which touchpoints fit us?”: the catalogue's needs-based recommender as a dialog.

One question per need category, answered on the four-level scale; the ranked result updates live (score, band,
reasons, the journey's empty phases each entry would fill). Chosen entries are added to the journey in one undo
step, each into an empty phase it suits first, else its first suggested phase, in the lane's next free slot. The
answers are stored in the document (`SetAnswers`, one undo step when they changed) and pre-filled next time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journeymap.app.catalogue.recommender_rows import _AIDALA_NAMES, MUTED_CSS, QuestionRow, ResultRow, _bold, _html
from journeymap.catalogue import Catalogue, Entry
from journeymap.catalogue import catalogue as bundled_catalogue
from journeymap.catalogue.notes import Note
from journeymap.catalogue.recommender import RecommendationResult, recommend
from journeymap.catalogue.schema import PHASE_IDS
from journeymap.commands import AddItems, SetAnswers
from journeymap.layout import theme as t
from journeymap.model import Project, Touchpoint, new_id

if TYPE_CHECKING:
    from journeymap.document import Document



def place_entries(project: Project, entries: Iterable[Entry], lang: str) -> list[Touchpoint]:
    """New touchpoints for catalogue entries, placed the way the recommender suggests.

    Each entry goes into a phase of the journey that is still empty and that the entry suits (entries placed
    earlier in the same call count), else into its first suggested phase the journey has, else into the journey's
    first phase; always in that lane's next free slot.
    """
    ids = project.phase_model.ids()
    empty = [p for p in ids if not project.touchpoints_in(p)]
    next_slot: dict[str, float] = {}
    result = []
    for entry in entries:
        suggested = [p for p in entry.phases if p in ids]
        phase = next((p for p in suggested if p in empty), None) or (suggested[0] if suggested else ids[0])
        if phase in empty:
            empty.remove(phase)
        position = next_slot.get(phase, project.next_free_position(phase))
        next_slot[phase] = float(int(position) + 1)
        result.append(Touchpoint(id=new_id("tp"), catalogue_id=entry.id, label=entry.name.get(lang), phase=phase,
                                 position=position, kind=entry.kind, contact=entry.contact))
    return result


class RecommenderDialog(QDialog):
    """The recommender over the document's journey. Closing it stores changed answers as one undo step."""

    added = Signal(list)  # ids of the touchpoints "Add to journey" created
    ranking: RecommendationResult  # what the list shows: set by `refresh()`, first at the end of `__init__`

    def __init__(self, document, catalogue: Catalogue | None = None, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recommender_dialog")
        self.document = document
        self.catalogue = catalogue or bundled_catalogue()
        self.lang = lang
        self.chosen: list[str] = []  # entry ids, in the order they were ticked
        self.setWindowTitle(self.tr("Which touchpoints fit us?"))
        self.setSizeGripEnabled(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        intro = QLabel(self.tr("Say how important each need is to your customers. The catalogue's touchpoints are "
                               "ranked by how well they serve the needs you weight; tick the ones you want and add "
                               "them to the journey."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        questions = self._build_questions()
        splitter.addWidget(questions)
        splitter.addWidget(self._build_results())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        left = max(420, questions.minimumSizeHint().width())
        splitter.setSizes([left, 1170 - left])
        layout.addWidget(splitter, 1)
        foot = QHBoxLayout()
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(MUTED_CSS)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.add_button = QPushButton(self.tr("&Add to journey"), self)
        self.add_button.setObjectName("add_to_journey")
        self.add_button.setDefault(True)
        self.buttons.addButton(self.add_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.add_button.clicked.connect(self.add_chosen)
        self.buttons.rejected.connect(self.reject)
        foot.addWidget(self.status, 1)
        foot.addWidget(self.buttons)
        layout.addLayout(foot)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1200, int(screen.width() * 0.92)), min(800, int(screen.height() * 0.9)))
        self.set_answers(document.project.answers)

    # ---------------------------------------------------------------- building
    def _heading(self, text: str, parent: QWidget) -> QLabel:
        return _bold(QLabel(text, parent), 1.1)

    def _build_questions(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.clear_button = QPushButton(self.tr("C&lear answers"), box)
        self.clear_button.setObjectName("clear_answers")
        self.clear_button.clicked.connect(lambda: self.set_answers({}))
        head.addWidget(self._heading(self.tr("How important is it to you?"), box), 1)
        head.addWidget(self.clear_button)
        layout.addLayout(head)
        scroll = QScrollArea(box)
        scroll.setObjectName("questions")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(scroll)
        rows = QVBoxLayout(body)
        rows.setContentsMargins(4, 0, 4, 0)
        rows.setSpacing(0)
        self.rows: dict[str, QuestionRow] = {}
        for i, category in enumerate(self.catalogue.categories):
            if i:
                rows.addWidget(self._line(body))
            row = QuestionRow(category, self.lang, body)
            row.picker.changed.connect(self._answer_changed)
            rows.addWidget(row)
            self.rows[category.id] = row
        rows.addStretch(1)
        scroll.setWidget(body)
        bar = scroll.style().pixelMetric(scroll.style().PixelMetric.PM_ScrollBarExtent)
        scroll.setMinimumWidth(max(360, body.minimumSizeHint().width() + bar + 2 * scroll.frameWidth() + 2))
        layout.addWidget(scroll, 1)
        return box

    @staticmethod
    def _line(parent: QWidget) -> QFrame:
        line = QFrame(parent)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #E1E5EA;")
        return line

    def _build_results(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 0, 0, 0)
        head = QHBoxLayout()
        self.phase_combo = QComboBox(box)
        self.phase_combo.setObjectName("phase_filter")
        self.phase_combo.addItem(self.tr("All phases"), None)
        for phase in PHASE_IDS:
            self.phase_combo.addItem(_AIDALA_NAMES[phase].get(self.lang), phase)
        self.phase_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        phase_label = QLabel(self.tr("&Phase:"), box)
        phase_label.setBuddy(self.phase_combo)
        head.addWidget(self._heading(self.tr("Ranked touchpoints"), box), 1)
        head.addWidget(phase_label)
        head.addWidget(self.phase_combo)
        layout.addLayout(head)
        self.empty_label = QLabel(box)
        self.empty_label.setObjectName("empty_phases")
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.empty_label)
        scroll = QScrollArea(box)
        scroll.setObjectName("results")
        scroll.setWidgetResizable(True)  # (scrolls sideways only when squeezed narrower than a row)
        scroll.setStyleSheet("QScrollArea#results { background: white; }")
        body = self.results_body = QWidget(scroll)
        body.setObjectName("results_body")
        body.setStyleSheet("QWidget#results_body { background: white; }")
        self.results_layout = QVBoxLayout(body)
        self.results_layout.setContentsMargins(0, 0, 0, 0)
        self.results_layout.setSpacing(0)
        self.result_rows: dict[str, ResultRow] = {}
        self._lines: list[QFrame] = []
        for entry in self.catalogue.entries:
            row = ResultRow(entry, body)
            row.toggled.connect(self.set_chosen)
            self.result_rows[entry.id] = row
        self.results_layout.addStretch(1)
        scroll.setWidget(body)
        self.results_scroll = scroll
        layout.addWidget(scroll, 1)
        self.notes_label = QLabel(box)
        self.notes_label.setObjectName("notes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.notes_label)
        return box

    # ---------------------------------------------------------------- answers
    def answers(self) -> dict[str, int]:
        """The answered needs (unanswered ones are left out; the recommender counts them as unimportant)."""
        return {cid: level for cid, row in self.rows.items() if (level := row.picker.level()) is not None}

    def set_answers(self, answers: Mapping[str, int]) -> None:
        for cid, row in self.rows.items():
            row.picker.set_level(answers.get(cid))
        self.refresh()

    def _answer_changed(self, _category: str, _level) -> None:
        self.refresh()

    def save_answers(self) -> bool:
        """Store the answers in the document as one undo step when they differ from the stored ones."""
        answers = self.answers()
        if answers == self.document.project.answers:
            return False
        self.document.push(SetAnswers(self.document.project, answers))
        return True

    # ---------------------------------------------------------------- result
    def phase(self) -> str | None:
        return self.phase_combo.currentData()

    def shown_ids(self) -> list[str]:
        """The entry ids the result list shows, best first."""
        return [rec.entry.id for rec in self.ranking.recommendations]

    def refresh(self) -> None:
        """Rank again (answers, phase filter or journey changed) and show the result."""
        project = self.document.project
        ranking = self.ranking = recommend(self.answers(), self.catalogue, project, self.phase())
        on_map = {tp.catalogue_id for tp in project.touchpoints if tp.catalogue_id}
        names = {p.id: p.name.get(self.lang) or p.id for p in project.phase_model.phases}
        texts = {"suits": self.tr("Suits: %1"), "on_map": self.tr("already on the map"),
                 "fills_1": self.tr("fills the empty phase(s) %1", "", 1),
                 "fills_n": self.tr("fills the empty phase(s) %1", "", 2), "why": self.tr("Why:")}
        layout = self.results_layout
        body = self.results_body
        body.setUpdatesEnabled(False)
        for row in self.result_rows.values():
            layout.removeWidget(row)
        for line in self._lines:
            layout.removeWidget(line)
        shown = set()
        index = 0
        for n, rec in enumerate(ranking.recommendations):
            row = self.result_rows[rec.entry.id]
            if n:
                line = self._lines[n - 1] if n - 1 < len(self._lines) else self._new_line(body)
                layout.insertWidget(index, line)
                line.show()
                index += 1
            row.show_result(rec, self.lang, rec.entry.id in on_map, names, texts)
            row.set_chosen(rec.entry.id in self.chosen)
            layout.insertWidget(index, row)
            row.show()
            index += 1
            shown.add(rec.entry.id)
        for entry_id, row in self.result_rows.items():
            if entry_id not in shown:
                row.hide()
        for line in self._lines[max(0, len(shown) - 1):]:
            line.hide()
        body.setUpdatesEnabled(True)
        self._show_empty_phases(ranking.empty_phases or (), names)
        self._show_notes(ranking.notes)
        self._update_add()

    def _new_line(self, parent: QWidget) -> QFrame:
        line = self._line(parent)
        self._lines.append(line)
        return line

    def _show_empty_phases(self, empty: Sequence[str], names: Mapping[str, str]) -> None:
        if not empty:
            text = self.tr("Every phase of the journey has at least one touchpoint.")
            self.empty_label.setText(f'<span style="{MUTED_CSS}">{_html(text)}</span>')
            return
        colours = {p.id: t.phase_colour(p.id, i) for i, p in enumerate(self.document.project.phase_model.phases)}
        chips = "&nbsp;&nbsp; ".join(f'<span style="color:{colours[p]}">■</span>&nbsp;{_html(names.get(p, p))}'
                                     for p in empty)
        heading = self.tr("Phases your journey leaves empty:")
        self.empty_label.setText(f"<b>{_html(heading)}</b>&nbsp; {chips}")

    def _show_notes(self, notes: Sequence[Note]) -> None:
        if not notes:
            self.notes_label.hide()
            self.notes_label.clear()
            return
        head = _html(self.tr("Note:") if len(notes) == 1 else self.tr("Notes:"))
        body = "<br>".join(_html(n.message.get(self.lang)) for n in notes)
        self.notes_label.setText(f'<span style="{MUTED_CSS}"><b>{head}</b> {body}</span>')
        self.notes_label.show()

    # ---------------------------------------------------------------- choosing and adding
    def set_chosen(self, entry_id: str, on: bool = True) -> None:
        """Tick or untick an entry (also one the phase filter hides)."""
        if on and entry_id not in self.chosen:
            self.chosen.append(entry_id)
        elif not on and entry_id in self.chosen:
            self.chosen.remove(entry_id)
        self.result_rows[entry_id].set_chosen(on)
        self._update_add()

    def _update_add(self) -> None:
        n = len(self.chosen)
        self.add_button.setEnabled(n > 0)
        if n:
            project = self.document.project
            names = {p.id: p.name.get(self.lang) or p.id for p in project.phase_model.phases}
            places = place_entries(project, [self.catalogue.get(e) for e in self.chosen], self.lang)
            where = ", ".join(f"{tp.label} → {names[tp.phase]}" for tp in places)
            self.status.setText(self.tr("%n touchpoint(s) chosen: %1", "", n).replace("%1", where))
        else:
            self.status.setText(self.tr("Tick the touchpoints you want to add."))

    def add_chosen(self) -> list[str]:
        """Add the ticked entries to the journey (one undo step, after storing changed answers)."""
        if not self.chosen:
            return []
        self.save_answers()
        project = self.document.project
        entries = [self.catalogue.get(entry_id) for entry_id in self.chosen]
        touchpoints = place_entries(project, entries, self.lang)
        n = len(touchpoints)
        self.document.push(AddItems(project, touchpoints, text=self.tr("Add %n recommended touchpoint(s)", "", n)))
        self.chosen = []
        self.refresh()
        self.status.setText(self.tr("Added %n touchpoint(s) to the journey.", "", n))
        ids = [tp.id for tp in touchpoints]
        self.added.emit(ids)
        return ids

    def done(self, result: int) -> None:  # Qt override: closing stores the answers
        self.save_answers()
        super().done(result)


def open_recommender(parent: QWidget, document: Document, catalogue: Catalogue, lang: str,
                     select: Callable[[list[str]], object]) -> RecommenderDialog:
    """Show the dialog for `document` over `parent` (window-modal); added touchpoints go to `select` (the map
    selects them)."""
    dialog = RecommenderDialog(document, catalogue, lang, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.added.connect(select)
    dialog.open()
    return dialog
