"""What a screen reader hears about the map.

QGraphicsItems have no accessibility of their own in Qt, so the view speaks for them: its accessible name and
description always describe the current card (label; phase, emotion in words, links in and out, KPIs, personas,
place in the journey), the selected link, or the map and its keys when nothing is selected. Qt sends
NameChanged and DescriptionChanged with each change; while the view has the focus a Focus event and an
announcement follow, so readers such as Orca or NVDA read the card the keyboard just went to.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QGraphicsView

from journeymap.canvas.items.link import kind_name
from journeymap.model import Link, Touchpoint

if TYPE_CHECKING:
    from journeymap.canvas.scene import JourneyScene


class CardAnnouncer(QObject):
    """Keeps the view's accessible name and description on the current card and tells assistive technology.

    `view` shows `scene`; `current` is the card the keyboard is on (`KeyboardNavigation.current`).
    """

    def __init__(self, view: QGraphicsView, scene: JourneyScene, current: Callable[[], str | None]) -> None:
        super().__init__(view)
        self.view, self.scene, self._current = view, scene, current
        self.project = scene.project
        self._said: tuple[str, str] = ("", "")
        scene.selection_ids_changed.connect(self._selection_changed)
        self._stale = False  # the current card's words changed: said again once the model's change is complete
        for signal in self._model_signals():
            signal.connect(self._model_changed)
        self.project.changed.connect(self._model_done)
        view.installEventFilter(self)
        view.destroyed.connect(lambda *_, project=self.project: self._disconnect(project))
        self.announce()

    def _model_signals(self, project=None):
        project = project or self.project
        return (project.touchpoint_changed, project.link_added, project.link_removed, project.link_changed)

    def _disconnect(self, project) -> None:
        for signal in self._model_signals(project):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._model_changed)
        with contextlib.suppress(RuntimeError, TypeError):
            project.changed.disconnect(self._model_done)

    def _selection_changed(self, *_args) -> None:
        self.announce()

    def _model_changed(self, *_args) -> None:
        self._stale = True

    def _model_done(self) -> None:
        if self._stale:
            self._stale = False
            self.announce(speak=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.LanguageChange:
            self.announce(speak=False)
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- what is said
    def emotion_words(self, score: int | None) -> str:
        """An emotion score in words (never by its face's colour alone)."""
        return {
            None: self.tr("not assessed yet"),
            -2: self.tr("very unhappy (−2)"),
            -1: self.tr("unhappy (−1)"),
            0: self.tr("neutral (0)"),
            1: self.tr("happy (+1)"),
            2: self.tr("very happy (+2)"),
        }.get(score, str(score))

    def kpi_words(self, tp: Touchpoint) -> str:
        """The KPI badge in words: how many, and whether they meet their targets."""
        if not tp.kpis:
            return self.tr("no KPIs")
        states = [k.status() for k in tp.kpis]
        missed = states.count("missed")
        text = self.tr("%n KPI(s)", "", len(tp.kpis))
        if missed:
            return text + ", " + self.tr("%n missing the target", "", missed)
        if all(s == "met" for s in states):
            return text + ", " + self.tr("all meeting the target")
        return text + ", " + self.tr("not measured yet")

    def describe_card(self, tid: str, lang: str) -> tuple[str, str]:
        """(name, description) of a touchpoint card."""
        project = self.project
        tp = project.touchpoint(tid)
        phase = next((p for p in project.phase_model.phases if p.id == tp.phase), None)
        phase_name = phase.name.get(lang) if phase is not None else tp.phase
        links = project.links_of(tid)
        incoming = sum(1 for link in links if link.target == tid)
        order = [t.id for t in project.journey_order()]
        personas = [p.name for p in project.personas if tid in p.touchpoint_ids]
        ends = self.tr("%1 in, %2 out").replace("%1", str(incoming)).replace("%2", str(len(links) - incoming))
        parts = [
            self.tr("Phase: %1").replace("%1", phase_name),
            self.tr("Emotion: %1").replace("%1", self.emotion_words(tp.emotion)),
            self.tr("%n link(s)", "", len(links)) + f" ({ends})",
            self.kpi_words(tp),
            self.tr("Analogue touchpoint") if tp.kind == "analogue" else self.tr("Digital touchpoint"),
        ]
        if personas:
            parts.append(self.tr("Personas: %1").replace("%1", ", ".join(personas)))
        if tp.pain_points:
            parts.append(self.tr("%n pain point(s)", "", len(tp.pain_points)))
        opportunities = project.opportunities_of(tid)
        if opportunities:
            parts.append(self.tr("%n opportunity(s)", "", len(opportunities)))
        place = self.tr("Touchpoint %1 of %2")
        parts.append(place.replace("%1", str(order.index(tid) + 1)).replace("%2", str(len(order))))
        return tp.label, ". ".join(parts) + "."

    def describe_link(self, link: Link) -> tuple[str, str]:
        """(name, description) of a link."""
        source, target = self.project.touchpoint(link.source).label, self.project.touchpoint(link.target).label
        name = self.tr("Link from %1 to %2").replace("%1", source).replace("%2", target)
        description = kind_name(link.kind)
        if link.label:
            description += ": " + link.label
        return name, description + "."

    def describe_map(self) -> tuple[str, str]:
        """(name, description) of the map with nothing selected: what is there and which keys to use."""
        project = self.project
        counts = self.tr("%n touchpoint(s)", "", len(project.touchpoints)) + ", " + \
            self.tr("%n link(s)", "", len(project.links))
        keys = self.tr("Tab or the arrow keys go from touchpoint to touchpoint; Alt+arrow keys move the selected "
                       "ones; Ctrl+L links the selected touchpoint to another.")
        return self.tr("Journey map"), counts + ". " + keys

    def texts(self) -> tuple[str, str]:
        """What the view says now: (name, description)."""
        scene = self.scene
        tids, lids = scene.selected_touchpoint_ids(), scene.selected_link_ids()
        current = self._current()
        if current is not None and self.project.has_touchpoint(current):
            name, description = self.describe_card(current, scene.lang)
            if len(tids) > 1:
                description = self.tr("%n touchpoint(s) selected", "", len(tids)) + ". " + description
            return name, description
        if lids and self.project.has_link(lids[0]):
            return self.describe_link(self.project.link(lids[0]))
        return self.describe_map()

    # ---------------------------------------------------------------- saying it
    def announce(self, speak: bool = True) -> None:
        """Bring the name and description up to date; if they changed and the view has the focus, say them."""
        view = self.view
        name, description = self.texts()
        if (name, description) == self._said:
            return
        self._said = (name, description)
        for widget in (view, view.viewport()):
            widget.setAccessibleName(name)
            widget.setAccessibleDescription(description)
        if speak and view.hasFocus() and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(view, QAccessible.Event.Focus))
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(view, f"{name}. {description}"))
