"""The inspector dock: edits the selected touchpoint or link; each edit is one undo step.

Typing in one field merges into one step: the merge key stays the same while the user types in a field and
changes when that field loses focus or the selection changes. The inspector follows the model (undo, redo,
edits on the canvas) without resetting a field the user is typing in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QScrollArea, QStackedWidget, QWidget

from journeymap.app.inspector.link_form import LinkForm
from journeymap.app.inspector.many_form import ManyForm
from journeymap.app.inspector.touchpoint_form import TouchpointForm
from journeymap.catalogue import Catalogue
from journeymap.commands import (
    AddOpportunity,
    EditLink,
    EditOpportunity,
    EditTouchpoint,
    EditTouchpoints,
    RemoveOpportunities,
    SetBlueprintRow,
    SetPersonaEmotion,
    SetPersonaPath,
)
from journeymap.document import Document
from journeymap.model import BLUEPRINT_ROWS, Link, ModelError, Opportunity, Touchpoint, new_id

EMPTY, TOUCHPOINT, LINK, MANY = range(4)


class InspectorDock(QDockWidget):
    """Shows and edits the selection of the current document (given at first, then `set_document`).
    `opportunity_shown(id)`: the user asked to see an opportunity of the shown touchpoint in the Opportunities
    panel."""

    opportunity_shown = Signal(str)

    def __init__(self, catalogue: Catalogue, document: Document, lang: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inspector_dock")
        self.catalogue = catalogue
        self.lang = lang
        self.document = document
        self._follow(document)
        self.touchpoint_ids: list[str] = []
        self.link_ids: list[str] = []
        self._ids: set[str] = set()
        self._stale = False  # an item shown changed: refreshed once the model's change is complete (`changed`)
        self._session = 0
        self.stack = QStackedWidget(self)
        self.empty = self._message_page()
        self.tp_form = TouchpointForm()
        self.tp_form.edited.connect(self._touchpoint_edited)
        scroll = self.tp_scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.tp_form)
        self.link_form = LinkForm()
        self.link_form.edited.connect(self._link_edited)
        self.tp_form.personas.toggled.connect(lambda pid, on: self._assign(pid, on, self.tp_form.touchpoint))
        self.tp_form.personas.emotion_chosen.connect(self._persona_emotion)
        self.tp_form.opportunities.add_requested.connect(self._add_opportunity)
        self.tp_form.opportunities.remove_requested.connect(self._remove_opportunity)
        self.tp_form.opportunities.show_requested.connect(self.opportunity_shown)
        self.tp_form.blueprint.edited.connect(self._blueprint_edited)
        self.link_form.personas.toggled.connect(lambda pid, on: self._assign(pid, on, self.link_form.link))
        self.many = ManyForm()
        self.many.edited.connect(self._many_edited)
        for page in (self.empty, scroll, self.link_form, self.many):
            self.stack.addWidget(page)
        self.setWidget(self.stack)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.retranslate()

    def _message_page(self) -> QLabel:
        label = QLabel(self)
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setMargin(12)
        label.setStyleSheet("color: #5F6B7A;")
        return label

    # ---------------------------------------------------------------- wiring
    def set_document(self, document: Document) -> None:
        for signal, slot in self._connections():
            getattr(self.document.project, signal).disconnect(slot)
        self.document = document
        self._follow(document)
        self.set_selection([], [])

    def _follow(self, document: Document) -> None:
        for signal, slot in self._connections():
            getattr(document.project, signal).connect(slot)

    def _connections(self) -> tuple[tuple[str, Callable[..., None]], ...]:
        return (("changed", self._model_done),
                ("touchpoint_changed", self._model_touchpoint_changed),
                ("touchpoint_removed", self._model_removed),
                ("link_changed", self._model_link_changed),
                ("link_removed", self._model_removed),
                ("persona_added", self._model_personas_changed),
                ("persona_removed", self._model_personas_changed),
                ("persona_changed", self._model_personas_changed),
                ("personas_reordered", self._model_personas_changed),
                ("opportunity_added", self._model_opportunities_changed),
                ("opportunity_removed", self._model_opportunities_changed),
                ("opportunity_changed", self._model_opportunities_changed))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.refresh()

    def set_selection(self, touchpoint_ids: list[str], link_ids: list[str]) -> None:
        """Show the selection (touchpoint ids and link ids, as the scene reports them)."""
        self.touchpoint_ids, self.link_ids = list(touchpoint_ids), list(link_ids)
        self._ids = {*touchpoint_ids, *link_ids}
        self._session += 1
        self.tp_form.touchpoint = None
        self.link_form.link = None
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        project = self.document.project
        tids = [t for t in self.touchpoint_ids if project.has_touchpoint(t)]
        lids = [link for link in self.link_ids if project.has_link(link)]
        if len(tids) == 1 and not lids:
            tp = project.touchpoint(tids[0])
            self.tp_form.show_touchpoint(tp, self.catalogue.find(tp.catalogue_id), self.lang, self._phase_name(tp))
            self.tp_form.personas.show_personas(project.personas, tp.id, tp.emotion)
            self.tp_form.opportunities.show_opportunities(project.opportunities_of(tp.id))
            self.stack.setCurrentIndex(TOUCHPOINT)
        elif len(lids) == 1 and not tids:
            link = project.link(lids[0])
            self.link_form.show_link(link, project.touchpoint(link.source).label,
                                     project.touchpoint(link.target).label)
            self.link_form.personas.show_personas(project.personas, link.id)
            self.stack.setCurrentIndex(LINK)
        elif tids or lids:
            shared = len(tids) >= 2 and not lids
            hint = self.tr("What you set below applies to all of them; select a single touchpoint to edit the rest.") \
                if shared else self.tr("Select a single touchpoint or link to edit its details.")
            self.many.show_touchpoints([project.touchpoint(t) for t in tids] if shared else [],
                                       self._count_text(len(tids), len(lids)) + "\n\n" + hint)
            self.stack.setCurrentIndex(MANY)
        else:
            self.stack.setCurrentIndex(EMPTY)

    def _phase_name(self, tp: Touchpoint) -> str:
        for phase in self.document.project.phase_model.phases:
            if phase.id == tp.phase:
                return phase.name.get(self.lang) or phase.id
        return tp.phase

    # ---------------------------------------------------------------- model → form
    def _model_touchpoint_changed(self, new: Touchpoint, old: Touchpoint) -> None:
        if new.id in self._ids or self.stack.currentIndex() == LINK:  # (MANY: one of the selection)
            self._stale = True

    def _model_link_changed(self, new: Link, old: Link) -> None:
        if new.id in self._ids:
            self._stale = True

    def _model_done(self) -> None:
        if self._stale:
            self.refresh()

    def _model_removed(self, value: Any) -> None:
        if value.id in self._ids:
            self._stale = True

    def _model_personas_changed(self, *_args: object) -> None:
        if self.stack.currentIndex() in (TOUCHPOINT, LINK):
            self._stale = True

    def _model_opportunities_changed(self, *values: Opportunity) -> None:
        tp = self.tp_form.touchpoint
        if self.stack.currentIndex() == TOUCHPOINT and tp is not None and any(
                tp.id in value.touchpoint_ids for value in values):
            self._stale = True

    # ---------------------------------------------------------------- form → commands
    def _assign(self, pid: str, on: bool, item: Touchpoint | Link | None) -> None:
        """A persona chip: put the shown touchpoint or link on the persona's path or take it off (one step)."""
        if item is None:
            return
        project = self.document.project
        is_touchpoint = isinstance(item, Touchpoint)
        exists = project.has_touchpoint(item.id) if is_touchpoint else project.has_link(item.id)
        if exists and any(p.id == pid for p in project.personas):
            tids, lids = ([item.id], []) if is_touchpoint else ([], [item.id])
            self._push_if_changed(SetPersonaPath(project, pid, tids, lids, on))
        self.refresh()

    def _persona_emotion(self, pid: str, score: int | None) -> None:
        tp = self.tp_form.touchpoint
        if tp is None or not self.document.project.has_touchpoint(tp.id):
            return
        self._push_if_changed(SetPersonaEmotion(self.document.project, pid, tp.id, score))

    def _push_if_changed(self, command: SetPersonaPath | SetPersonaEmotion) -> None:
        if command.changed:
            self.document.push(command)

    def _add_opportunity(self, text: str) -> None:
        """A new opportunity of the shown touchpoint (status "idea", not rated yet)."""
        tp = self.tp_form.touchpoint
        if self.document is None or tp is None or not self.document.project.has_touchpoint(tp.id):
            return
        try:
            opportunity = Opportunity(id=new_id("op"), text=text, touchpoint_ids=(tp.id,))
        except ValidationError:
            return
        self.document.push(AddOpportunity(self.document.project, opportunity))

    def _remove_opportunity(self, oid: str) -> None:
        """Take an opportunity off the shown touchpoint; one that belongs to nothing else is deleted."""
        tp = self.tp_form.touchpoint
        project = self.document.project if self.document is not None else None
        if project is None or tp is None or not project.has_opportunity(oid):
            return
        others = tuple(t for t in project.opportunity(oid).touchpoint_ids if t != tp.id)
        if others:
            self.document.push(EditOpportunity(project, oid, {"touchpoint_ids": others},
                                               text=self.tr("Take an opportunity off a touchpoint")))
        else:
            self.document.push(RemoveOpportunities(project, [oid]))

    def _blueprint_edited(self, row: str, texts: tuple[str, ...], owner: str) -> None:
        """A blueprint row typed in: one undo step per typing session in the row."""
        tp = self.tp_form.touchpoint
        kind = next((r for r in BLUEPRINT_ROWS if r == row), None)
        if self.document is None or tp is None or kind is None or not self.document.project.has_touchpoint(tp.id):
            return
        try:
            command = SetBlueprintRow(self.document.project, tp.id, kind, texts, owner,
                                      text=self.tr("Edit service blueprint"), merge_key=self._merge_key(row))
        except ValidationError:
            return
        if command.changed:
            self.document.push(command)

    def _merge_key(self, field: str) -> tuple[str, int]:
        return (field, self._session)

    def _touchpoint_edited(self, changes: dict[str, object], field: str) -> None:
        tp = self.tp_form.touchpoint
        if tp is None or not self.document.project.has_touchpoint(tp.id):
            return
        current = self.document.project.touchpoint(tp.id)
        if not _valid(current, changes):
            return
        typing = field in ("label", "description", "emotion_note", "pain_points", "owner")
        command = EditTouchpoint(self.document.project, tp.id, changes, text=self._edit_text(field),
                                 merge_key=self._merge_key(field) if typing else None)
        self.document.push(command)

    def _many_edited(self, changes: dict[str, object]) -> None:
        """A field set on the page for several touchpoints: on every one of them, one undo step."""
        project = self.document.project
        tids = [t for t in self.touchpoint_ids if project.has_touchpoint(t)]
        if len(tids) < 2 or not all(_valid(project.touchpoint(t), changes) for t in tids):
            return
        command = EditTouchpoints(project, tids, changes)
        if command.changed:
            self.document.push(command)

    def _link_edited(self, changes: dict[str, object], field: str) -> None:
        link = self.link_form.link
        if link is None or not self.document.project.has_link(link.id):
            return
        if not _valid(self.document.project.link(link.id), changes):
            return
        key = self._merge_key(field) if field == "label" else None
        self.document.push(EditLink(self.document.project, link.id, changes, merge_key=key))

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Leaving a field ends its typing session: the next edit is a new undo step."""
        if old is not None and self.isAncestorOf(old):
            self._session += 1

    def _edit_text(self, field: str) -> str:
        texts = {
            "label": self.tr("Rename touchpoint"),
            "description": self.tr("Edit description"),
            "contact": self.tr("Change direct/indirect"),
            "kind": self.tr("Change digital/analogue"),
            "emotion": self.tr("Set emotion"),
            "emotion_note": self.tr("Edit emotion note"),
            "pain_points": self.tr("Edit pain points"),
            "owner": self.tr("Edit owner"),
            "kpis": self.tr("Edit KPIs"),
        }
        return texts.get(field, self.tr("Edit touchpoint"))

    # ---------------------------------------------------------------- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Inspector"))
        self.tp_scroll.setAccessibleName(self.tr("Touchpoint details"))
        self.empty.setText(self.tr("Select a touchpoint or a link on the map to see and edit its details here."))
        self.refresh()

    def _count_text(self, touchpoints: int, links: int) -> str:
        if touchpoints and links:
            both = self.tr("%1 and %2 selected.")
            tps = self.tr("%n touchpoint(s)", "", touchpoints)
            return both.replace("%1", tps).replace("%2", self.tr("%n link(s)", "", links))
        if touchpoints:
            return self.tr("%n touchpoint(s) selected.", "", touchpoints)
        return self.tr("%n link(s) selected.", "", links)


def _valid(value: Touchpoint | Link, changes: dict[str, object]) -> bool:
    """Would the changed value be valid? (Invalid edits are not pushed: a command must never fail.)"""
    try:
        type(value).model_validate({**value.__dict__, **changes})
    except (ValidationError, ModelError, ValueError):
        return False
    return True
