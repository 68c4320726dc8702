"""The inspector follows the selection in every field: switching between cards (and links) whose every field
differs shows the new item everywhere, and what is on screen equals a fresh rendering of the inspector (the
catalogue hint once stayed painted from the previous card)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from journeymap.app import i18n
from journeymap.app.inspector.touchpoint_form import lines_of
from journeymap.document import Document
from journeymap.model import Kpi, Link, Opportunity, Persona, ProjectData, Touchpoint

A = Touchpoint(id="a", catalogue_id="sem", label="Suchanzeigen", phase="attention", contact="direct", kind="digital",
               description="Anzeigen bei Google", emotion=2, emotion_note="findet uns sofort",
               pain_points=("teuer", "Streuverlust"), owner="Marketing",
               kpis=(Kpi(name="Klickrate", unit="%", target=2.5, actual=1.5),))
B = Touchpoint(id="b", catalogue_id="social_media", label="LinkedIn-Beiträge", phase="interest", contact="indirect",
               kind="analogue", description="", emotion=-1, emotion_note="", pain_points=(),
               owner="", kpis=())
C = Touchpoint(id="c", label="Eigener Besuch", phase="desire", description="Besuch beim Kunden", emotion=None,
               kpis=(Kpi(name="Termine", target=4.0, actual=5.0, better="higher"),
                     Kpi(name="Reisezeit", unit="h", target=2.0, better="lower")))
D = Touchpoint(id="d", catalogue_id="newsletter", label="Newsletter", phase="loyalty", emotion=0,
               pain_points=("wird nicht gelesen",))  # like B: a catalogue entry with no description of its own
LINKS = (Link(id="ab", source="a", target="b", label="Klick auf Anzeige", kind="step"),
         Link(id="bc", source="b", target="c", label="", kind="alternative"))
OPPORTUNITIES = (Opportunity(id="o1", text="Budget prüfen", touchpoint_ids=("a",), owner="Marketing"),
                 Opportunity(id="o2", text="Vorab anrufen", touchpoint_ids=("c",), status="planned"),
                 Opportunity(id="o3", text="Muster mitbringen", touchpoint_ids=("c", "a"), status="done"))
PERSONAS = (Persona(id="p1", name="Eva", touchpoint_ids=("a",), link_ids=("ab",), emotions={"a": -2}),
            Persona(id="p2", name="Tom", colour="#1F78B4", touchpoint_ids=("b", "c"), link_ids=("bc",)))


@pytest.fixture
def window(window):
    data = ProjectData(touchpoints=(A, B, C, D), links=LINKS, personas=PERSONAS, opportunities=OPPORTUNITIES)
    window.replace_document(Document(data, autosave_folder=window.autosave_folder))
    return window


def shown_touchpoint(form) -> dict:
    """Everything the touchpoint page shows, as values."""
    table = form.kpi_table.table
    return {
        "label": form.label.text(), "description": form.description.toPlainText(),
        "contact": form.contact.currentData(), "kind": form.kind.currentData(), "emotion": form.emotion.value(),
        "emotion_note": form.emotion_note.text(), "pain_points": lines_of(form.pain_points.toPlainText()),
        "opportunities": [form.opportunities.list.item(i).text() for i in range(form.opportunities.list.count())],
        "owner": form.owner.text(),
        "kpis": [(*tuple(table.item(r, c).text() for c in range(4)), table.cellWidget(r, 4).currentData())
                 for r in range(table.rowCount())],
        "personas": {pid: chip.isChecked() for pid, chip in form.personas.chips.items()},
        "persona_emotions": {pid: box.currentData() for pid, box in form.personas.emotions.items()
                if box.isVisibleTo(form)},
        "origin": form.origin.text(), "hint": form.hint.text() if form.hint.isVisibleTo(form) else "",
        "tooltip": form.description.toolTip(), "icon": not form.icon_label.pixmap().isNull(),
        "typical": [a.text() for a in form.kpi_table.typical_menu.actions()],
    }


def expected_touchpoint(window, tp: Touchpoint) -> dict:
    entry = window.catalogue.find(tp.catalogue_id)
    phase = next(p.name.get("en") for p in window.document.project.phase_model.phases if p.id == tp.phase)
    number = {2.5: "2.5", 1.5: "1.5", 4.0: "4", 5.0: "5", 2.0: "2", None: ""}
    hint = entry.description.get("en") if entry else ""
    return {
        "label": tp.label, "description": tp.description, "contact": tp.contact, "kind": tp.kind,
        "emotion": tp.emotion, "emotion_note": tp.emotion_note, "pain_points": tp.pain_points,
        "opportunities": [f"{o.text}\n{ {'idea': 'Idea', 'planned': 'Planned', 'done': 'Done'}[o.status]} · "
                          f"{o.owner or 'no owner'}" for o in OPPORTUNITIES if tp.id in o.touchpoint_ids],
        "owner": tp.owner,
        "kpis": [(k.name, k.unit, number[k.target], number[k.actual], k.better) for k in tp.kpis],
        "personas": {p.id: tp.id in p.touchpoint_ids for p in PERSONAS},
        "persona_emotions": {p.id: p.emotions.get(tp.id) for p in PERSONAS if tp.id in p.touchpoint_ids},
        "origin": (f"{entry.name.get('en')} from the catalogue, in {phase}"
                if entry else f"Own touchpoint, in {phase}"),
        "hint": hint, "tooltip": hint, "icon": entry is not None,
        "typical": [f"{k.name.get('en')} ({k.unit})" if k.unit else k.name.get("en") for k in entry.kpis] if entry
        else [],
    }


def on_screen(widget) -> QImage:
    """What the screen shows of `widget` (the window's backing store), not a fresh rendering."""
    top = widget.mapTo(widget.window(), QPoint(0, 0))
    return widget.window().screen().grabWindow(widget.window().winId(), top.x(), top.y(), widget.width(),
                                               widget.height()).toImage().convertToFormat(QImage.Format.Format_RGB32)


def fresh(widget) -> QImage:
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(30)
    QApplication.processEvents()


@pytest.mark.parametrize("order", [("a", "b", "c", "d", "a"), ("c", "a", "b", "d", "b"), ("d", "b", "a", "c", "d")])
def test_every_touchpoint_field_follows_the_selection(window, order):
    form = window.inspector.tp_form
    for tid in order:
        window.scene.select_ids([tid])
        assert window.inspector.stack.currentIndex() == 1
        assert shown_touchpoint(form) == expected_touchpoint(window, window.document.project.touchpoint(tid)), tid
    assert window.document.undo_stack.count() == 0  # showing never edits


def test_link_fields_follow_the_selection(window):
    form = window.inspector.link_form
    for lid, ends, label, kind, personas in (("ab", "From “Suchanzeigen” to “LinkedIn-Beiträge”", "Klick auf Anzeige",
                                              "step", {"p1": True, "p2": False}),
                                             ("bc", "From “LinkedIn-Beiträge” to “Eigener Besuch”", "", "alternative",
                                              {"p1": False, "p2": True})):
        window.scene.select_ids([lid])
        assert window.inspector.stack.currentIndex() == 2
        assert (form.ends.text(), form.label.text(), form.kind.currentData()) == (ends, label, kind)
        assert {pid: chip.isChecked() for pid, chip in form.personas.chips.items()} == personas
    assert window.document.undo_stack.count() == 0


def test_the_screen_shows_the_selected_card_not_the_previous_one(window, qtbot):
    """Regression: Qt does not repaint a text edit whose placeholder changes while shown, so the previous card's
    catalogue text stayed on screen. Compare the screen with a fresh rendering after each switch."""
    dock = window.inspector
    for tid in ("a", "b", "d", "b", "c", "d", "a"):
        window.scene.select_ids([tid])
        settle(qtbot)
        form = dock.tp_form
        parts = [p for p in (form.hint, form.description, form.origin, form.pain_points, form.opportunities)
                 if p.isVisible()]
        assert form.hint in parts or tid == "c"
        for part in parts:
            assert on_screen(part) == fresh(part), (tid, part.objectName() or part)
    i18n.install("de")  # a language switch changes every placeholder while it is shown
    settle(qtbot)
    for part in (form.description, form.pain_points, form.opportunities.new, form.emotion_note):
        assert on_screen(part) == fresh(part), part.objectName()
