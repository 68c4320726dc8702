"""Edits of thousands of items at once (select all, delete, undo, paste) cost work in proportion to what they
change: the model says `changed` once per edit, the scene announces the selection once, the inspector and the
screen-reader text are refreshed once — not once per item (a delete of 2,000 cards took 90 s that way)."""

from __future__ import annotations

import random

from benchmarks.make_big import make_big
from journeymap.app.inspector.dock import EMPTY
from journeymap.commands import AddItems, RemoveItems
from journeymap.document import Document
from journeymap.model import Project
from journeymap.model.editing import insert, insert_all
from journeymap.model.signals import GroupedSignal
from tests.conftest import link, tp

# ---------------------------------------------------------------- the model


def test_insert_all_puts_each_entry_where_insert_one_after_another_would():
    rng = random.Random(5)
    for _ in range(300):
        base = {f"k{i}": i for i in range(rng.randrange(0, 12))}
        size = len(base) + rng.randrange(0, 8)
        indexes = sorted(rng.sample(range(size + 3), rng.randrange(0, min(size + 3, 8))))
        entries = [(index, f"new{index}", -index) for index in indexes]
        expected = dict(base)
        for index, key, value in entries:
            expected = insert(expected, key, value, index)
        got = insert_all(dict(base), entries)
        assert list(got.items()) == list(expected.items())


def test_a_grouped_signal_comes_once_when_the_outermost_group_ends():
    signal, calls = GroupedSignal(), []
    signal.connect(lambda: calls.append(1))
    signal.emit()
    assert calls == [1]
    with signal.group():
        signal.emit()
        with signal.group():
            signal.emit()
            signal.emit()
        assert calls == [1]
    assert calls == [1, 1]
    with signal.group():
        pass
    assert calls == [1, 1]  # nothing changed: nothing said


def test_removal_and_restore_of_hundreds_give_back_the_same_journey_with_one_changed_each():
    data = make_big(300, 600)
    rng = random.Random(2)
    for _ in range(5):
        project = Project(data)
        calls: list[int] = []
        project.changed.connect(lambda count=calls: count.append(1))
        tids = rng.sample([t.id for t in data.touchpoints], 120)
        lids = rng.sample([lk.id for lk in data.links], 40)
        removals = [project.remove_links(lids), project.remove_touchpoints(tids)]
        assert len(calls) == 2
        with project.changes():
            for removal in reversed(removals):
                project.restore(removal)
        assert len(calls) == 3
        assert project.to_data() == data  # every touchpoint and link back at its place in the order


def test_one_push_undo_and_redo_each_say_changed_once(tmp_path):
    document = Document(autosave_folder=tmp_path)
    calls: list[int] = []
    document.project.changed.connect(lambda: calls.append(1))
    cards = [tp(f"t{i}", "attention", position=float(i)) for i in range(50)]
    links = [link(f"t{i}", f"t{i + 1}") for i in range(49)]
    document.push(AddItems(document.project, cards, links))
    assert len(calls) == 1 and len(document.project.touchpoints) == 50
    document.push(RemoveItems(document.project, [c.id for c in cards[:30]], [links[-1].id]))
    document.undo()
    document.redo()
    document.undo()
    assert len(calls) == 5
    assert len(document.project.touchpoints) == 50 and len(document.project.links) == 49


# ---------------------------------------------------------------- the editor


def _big_window(window, touchpoints: int, links: int):
    window.replace_document(Document(make_big(touchpoints, links), autosave_folder=window.autosave_folder))
    return window


def test_deleting_everything_announces_the_selection_once(window, qtbot):
    _big_window(window, 300, 600)
    scene, c = window.scene, window.commands
    said: list[tuple[list[str], list[str]]] = []
    scene.selection_ids_changed.connect(lambda tids, lids: said.append((tids, lids)))
    refreshed: list[int] = []
    original = window.inspector.refresh
    window.inspector.refresh = lambda: (refreshed.append(1), original())[1]
    window.view.setFocus()
    c.select_all.trigger()
    assert len(said) == 1 and len(said[0][0]) == 300 and len(said[0][1]) == 600
    said.clear()
    refreshed.clear()
    c.delete.trigger()
    assert said == [([], [])]  # one announcement, after the last item went
    assert len(refreshed) <= 2  # the selection's, and at most once for the shown items that went
    assert not window.document.project.touchpoints and not scene.projection.cards
    said.clear()
    c.undo.trigger()
    assert len(window.document.project.touchpoints) == 300 and len(scene.projection.links) == 600
    assert said == []  # undo puts the items back; the selection stays empty


def test_paste_and_undo_of_hundreds_in_the_window(window, qtbot):
    _big_window(window, 200, 400)
    c, scene = window.commands, window.scene
    changed: list[int] = []
    window.document.project.changed.connect(lambda: changed.append(1))
    window.view.setFocus()
    c.select_all.trigger()
    c.copy.trigger()
    c.paste.trigger()
    assert len(window.document.project.touchpoints) == 400 and len(scene.projection.cards) == 400
    assert len(scene.selected_touchpoint_ids()) == 200  # the pasted cards are selected
    assert len(changed) == 1
    c.undo.trigger()
    assert len(window.document.project.touchpoints) == 200 and len(scene.projection.cards) == 200
    assert scene.selected_touchpoint_ids() == []
    assert len(changed) == 2
    assert window.inspector.stack.currentIndex() == EMPTY


def test_an_edit_past_the_limit_is_refused_whole_and_not_stacked(tmp_path, monkeypatch):
    from journeymap.commands import base

    monkeypatch.setattr(base, "MAX_TOUCHPOINTS", 60)
    document = Document(autosave_folder=tmp_path)
    refused: list[str] = []
    document.refused.connect(refused.append)
    cards = [tp(f"t{i}", "attention", position=float(i)) for i in range(50)]
    assert document.push(AddItems(document.project, cards))
    more = [tp(f"u{i}", "interest", position=float(i)) for i in range(11)]
    assert not document.push(AddItems(document.project, more, [link("u0", "u1")]))
    assert len(document.project.touchpoints) == 50 and not document.project.links
    assert document.undo_stack.count() == 1 and refused and "60" in refused[0]
    assert document.push(AddItems(document.project, more[:10]))  # up to the limit is fine
    assert len(document.project.touchpoints) == 60


def test_pasting_past_the_limit_says_why_and_changes_nothing(window, boxes, monkeypatch):
    from journeymap.commands import base

    _big_window(window, 40, 60)
    monkeypatch.setattr(base, "MAX_TOUCHPOINTS", 70)
    c = window.commands
    window.view.setFocus()
    c.select_all.trigger()
    c.copy.trigger()
    steps = window.document.undo_stack.count()
    assert window.edit.paste() == []
    assert len(window.document.project.touchpoints) == 40 and window.document.undo_stack.count() == steps
    assert boxes.kinds() == ["warning"] and "70" in boxes.calls[0][2]


def test_the_refusal_is_german_in_a_german_editor(german, boxes, monkeypatch):
    from journeymap.commands import base

    _big_window(german, 40, 60)
    monkeypatch.setattr(base, "MAX_TOUCHPOINTS", 70)
    german.view.setFocus()
    german.commands.select_all.trigger()
    german.commands.copy.trigger()
    assert german.edit.paste() == []
    _kind, title, text = boxes.calls[0]
    assert title == "Diese Änderung ist nicht möglich" and "mehr als 70 Touchpoints" in text
