"""“Which touchpoints fit us?”: questions, live ranking, phase filter, empty phases, adding chosen entries as one
undo step into their suggested lanes, answers stored as one undo step, and the menu entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journeymap.app.catalogue.recommender_dialog import RecommenderDialog, place_entries
from journeymap.catalogue import catalogue
from journeymap.catalogue.recommender import LEVEL_LABELS
from journeymap.document import Document
from journeymap.fileformat import load
from journeymap.locate import resource_path
from journeymap.model import LocalText, Phase, PhaseModel, Project
from tests.conftest import journey, make_sample, tp
from tests.helpers.app import close_quietly, make_window


@pytest.fixture
def document(tmp_path) -> Document:
    data = make_sample()  # without its loyalty and advocacy touchpoints: those phases are empty
    data = data.model_copy(update={"touchpoints": data.touchpoints[:4], "links": data.links[:3],
                                   "answers": {"visibility_reach": 3, "customer_relationship": 2}})
    doc = Document(data, autosave_folder=tmp_path / "autosave")
    yield doc
    doc.close()


@pytest.fixture
def dialog(qtbot, document) -> RecommenderDialog:
    dlg = RecommenderDialog(document, lang="en")
    qtbot.addWidget(dlg)
    return dlg


def _click_level(dialog: RecommenderDialog, category: str, level: int) -> None:
    dialog.rows[category].picker.buttons[level].click()


# ---------------------------------------------------------------- placing
def test_place_entries_fills_an_empty_phase_first_then_the_first_suggested(project):
    cat = catalogue()
    project.remove_touchpoints([t.id for t in project.touchpoints if t.phase in ("loyalty", "advocacy")])
    social = cat.get("social_media")  # suits every phase
    newsletter = cat.get("newsletter")  # interest, loyalty
    website = cat.get("website")
    placed = place_entries(project, [social, newsletter, website], "de")
    assert [(t.phase, t.position) for t in placed] == [
        ("loyalty", 0.0),  # the first empty phase social media suits
        ("interest", project.next_free_position("interest")),  # loyalty is taken now: first suggested phase
        ("advocacy", 0.0),  # the website suits advocacy, still empty
    ]
    assert [t.catalogue_id for t in placed] == ["social_media", "newsletter", "website"]
    assert placed[0].label == social.name.de and placed[0].kind == social.kind and placed[0].contact == social.contact
    assert len({t.id for t in placed}) == 3


def test_place_entries_stacks_entries_in_one_lane_in_free_slots():
    project = Project(journey([tp("a", "interest", position=0.0), tp("b", "interest", position=1.0)]))
    forum = catalogue().get("forum")  # interest only
    for other in ("attention", "desire", "action", "loyalty", "advocacy"):
        project.add_touchpoint(tp(f"x_{other}", other))
    placed = place_entries(project, [forum, forum], "en")
    assert [(t.phase, t.position) for t in placed] == [("interest", 2.0), ("interest", 3.0)]


def test_place_entries_on_a_custom_phase_model_uses_its_first_lane():
    model = PhaseModel(id="custom", phases=(Phase(id="before", name=LocalText(de="Vorher", en="Before")),
                               Phase(id="after", name=LocalText(de="Nachher", en="After"))))
    project = Project(journey([], phase_model=model))
    placed = place_entries(project, [catalogue().get("website")], "en")
    assert [(t.phase, t.position) for t in placed] == [("before", 0.0)]


# ---------------------------------------------------------------- questions and ranking
def test_one_question_per_need_with_its_explanation_and_four_levels(dialog):
    cat = catalogue()
    assert list(dialog.rows) == [c.id for c in cat.categories]
    for category in cat.categories:
        row = dialog.rows[category.id]
        assert row.name.text() == category.name.en
        assert row.question.text() == category.question.en
        assert row.explanation.text() == category.explanation.en
        assert [b.text() for b in row.picker.buttons] == [LEVEL_LABELS[i].en for i in range(4)]


def test_answers_are_prefilled_from_the_document(dialog, document):
    assert dialog.answers() == document.project.answers == {"visibility_reach": 3, "customer_relationship": 2}
    assert dialog.rows["visibility_reach"].picker.buttons[3].isChecked()
    assert dialog.rows["synchronous_communication"].picker.level() is None


def test_the_ranking_follows_the_answers_live(dialog, document):
    expected = [r.entry.id for r in catalogue_result(document, dialog.answers())]
    assert dialog.shown_ids() == expected
    _click_level(dialog, "visualisation", 3)
    assert dialog.answers()["visualisation"] == 3
    expected = [r.entry.id for r in catalogue_result(document, dialog.answers())]
    assert dialog.shown_ids() == expected
    best = dialog.ranking.recommendations[0]
    row = dialog.result_rows[best.entry.id]
    assert row.check.text() == f"1. {best.entry.name.en}"
    assert row.score.text() == f"{best.score:.0f} %"
    assert best.band.label.en in row.band.text()
    assert best.reasons[0].name.en in row.why.text()


def test_clicking_the_checked_level_clears_the_answer(dialog):
    _click_level(dialog, "visibility_reach", 3)
    assert "visibility_reach" not in dialog.answers()
    _click_level(dialog, "visibility_reach", 1)
    assert dialog.answers()["visibility_reach"] == 1
    assert [b.isChecked() for b in dialog.rows["visibility_reach"].picker.buttons] == [False, True, False, False]


def test_notes_explain_a_result_without_basis(dialog):
    dialog.clear_button.click()
    assert dialog.answers() == {}
    assert not dialog.notes_label.isHidden()
    assert "no basis for a ranking" in dialog.notes_label.text()
    assert not dialog.add_button.isEnabled()


def test_empty_phases_are_shown_and_entries_that_fill_them_say_so(dialog):
    assert dialog.ranking.empty_phases == ("loyalty", "advocacy")
    assert "Loyalty" in dialog.empty_label.text() and "Advocacy" in dialog.empty_label.text()
    assert "fills the empty phase" in dialog.result_rows["social_media"].suits.text()
    assert "fills the empty" not in dialog.result_rows["forum"].suits.text()  # interest only
    assert "already on the map" in dialog.result_rows["website"].suits.text()


def test_the_phase_filter_shows_only_entries_for_that_phase(dialog):
    combo = dialog.phase_combo
    combo.setCurrentIndex(combo.findData("advocacy"))
    shown = dialog.shown_ids()
    assert shown and all("advocacy" in catalogue().get(e).phases for e in shown)
    assert all(not dialog.result_rows[e].isHidden() for e in shown)
    assert dialog.result_rows["forum"].isHidden()
    combo.setCurrentIndex(0)
    assert len(dialog.shown_ids()) == len(catalogue())


# ---------------------------------------------------------------- adding
def test_add_two_chosen_entries_is_one_undo_step(dialog, document):
    stack = document.undo_stack
    before = len(document.project.touchpoints)
    dialog.result_rows["social_media"].check.click()
    dialog.set_chosen("forum")
    assert dialog.chosen == ["social_media", "forum"]
    assert dialog.add_button.isEnabled()
    assert "Social media → Loyalty" in dialog.status.text()
    added = []
    dialog.added.connect(added.append)
    dialog.add_button.click()
    assert stack.count() == 1  # the answers did not change: no answers step
    assert stack.undoText().startswith("Add 2 recommended touchpoint")
    project = document.project
    assert len(project.touchpoints) == before + 2
    new = [project.touchpoint(tid) for tid in added[0]]
    assert [(t.catalogue_id, t.phase) for t in new] == [("social_media", "loyalty"), ("forum", "interest")]
    assert dialog.chosen == [] and not dialog.add_button.isEnabled()
    assert dialog.ranking.empty_phases == ("advocacy",)  # the result follows the journey
    assert "Added 2" in dialog.status.text()
    stack.undo()
    assert len(project.touchpoints) == before


def test_unticking_removes_an_entry_from_the_choice(dialog):
    row = dialog.result_rows["blog"]
    row.check.click()
    assert dialog.chosen == ["blog"]
    row.check.click()
    assert dialog.chosen == []
    assert not dialog.add_button.isEnabled()


def test_changed_answers_are_stored_as_one_undo_step_before_adding(dialog, document):
    _click_level(dialog, "credibility", 2)
    dialog.set_chosen("blog")
    dialog.add_chosen()
    stack = document.undo_stack
    assert stack.count() == 2
    assert stack.text(0) == "Answer the needs questions"
    assert document.project.answers == {"visibility_reach": 3, "customer_relationship": 2, "credibility": 2}
    stack.undo()
    stack.undo()
    assert document.project.answers == {"visibility_reach": 3, "customer_relationship": 2}


def test_closing_stores_changed_answers_once_and_unchanged_not_at_all(qtbot, document):
    dialog = RecommenderDialog(document, lang="en")
    qtbot.addWidget(dialog)
    dialog.buttons.rejected.emit()  # Close
    assert document.undo_stack.count() == 0
    again = RecommenderDialog(document, lang="en")
    qtbot.addWidget(again)
    _click_level(again, "low_entry_cost", 1)
    again.reject()
    assert document.undo_stack.count() == 1
    assert document.project.answers["low_entry_cost"] == 1
    third = RecommenderDialog(document, lang="en")  # next time: pre-filled with the stored answers
    qtbot.addWidget(third)
    assert third.rows["low_entry_cost"].picker.level() == 1


def test_german_data_texts(qtbot, document):
    dialog = RecommenderDialog(document, lang="de")
    qtbot.addWidget(dialog)
    category = catalogue().category("visualisation")
    assert dialog.rows["visualisation"].question.text() == category.question.de
    assert [b.text() for b in dialog.rows["visualisation"].picker.buttons][3] == "sehr wichtig"
    assert "Loyalität" in dialog.empty_label.text()
    dialog.set_chosen("newsletter")
    dialog.add_chosen()
    assert document.project.touchpoints[-1].label == "Newsletter"
    assert document.project.touchpoints[-1].phase == "loyalty"


def test_the_schmidt_sample_opens_with_its_answers(qtbot, tmp_path):
    data = load(resource_path("samples", "schmidt.journey"))
    document = Document(data, autosave_folder=tmp_path / "autosave")
    dialog = RecommenderDialog(document, lang="de")
    qtbot.addWidget(dialog)
    assert dialog.answers() == data.answers
    assert dialog.ranking.recommendations[0].score > 0
    document.close()


# ---------------------------------------------------------------- the window
def test_menu_entry_opens_the_dialog_and_added_touchpoints_are_selected(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path)
    try:
        action = window.commands.recommend
        assert action in window.commands.journey_menu.actions()
        assert action.text().replace("&", "") == "Which touchpoints fit us?…"
        action.trigger()
        dialog = window.findChild(RecommenderDialog)
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        dialog.set_chosen("website")
        dialog.set_chosen("newsletter")
        ids = dialog.add_chosen()
        assert sorted(window.scene.selected_touchpoint_ids()) == sorted(ids)
        assert window.commands.undo.text().startswith("&Undo Add 2 recommended")
        dialog.close()
        QApplication.processEvents()
    finally:
        close_quietly(window)


def catalogue_result(document: Document, answers):
    from journeymap.catalogue.recommender import recommend

    return recommend(answers, catalogue(), document.project).recommendations


@pytest.fixture(autouse=True)
def _no_leftover_windows():
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, RecommenderDialog):
            widget.deleteLater()



def test_schmidt_recommend_add_two_and_the_pdf_shows_them(qtbot, tmp_path):
    """The issue's walk-through: open the Schmidt sample, add two suggestions, export a PDF with the section."""
    import io

    from pypdf import PdfReader

    from journeymap.export import render_pdf

    window = make_window(qtbot, tmp_path)
    try:
        window.files.open_file(str(resource_path("samples", "schmidt.journey")))
        window.commands.recommend.trigger()
        dialog = window.findChild(RecommenderDialog)
        on_map = {tp.catalogue_id for tp in window.document.project.touchpoints}
        fresh = [e for e in dialog.shown_ids() if e not in on_map][:2]
        assert len(fresh) == 2
        for entry_id in fresh:
            dialog.result_rows[entry_id].check.click()
        ids = dialog.add_chosen()
        dialog.close()
        project = window.document.project
        labels = [project.touchpoint(tid).label for tid in ids]
        content, _ = render_pdf(project.to_data(), lang="en")
        text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(content)).pages)
        assert "Recommended touchpoints" in text
        for label in labels:
            assert label in text
    finally:
        close_quietly(window)
