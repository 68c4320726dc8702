"""The persona view state (shown personas, focus, general curve) is kept with the file: toggling it is no undo step
and does not mark the journey modified, a save writes it, and reopening shows the map as it was left."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from journeymap.canvas.items.persona_items import DIMMED
from journeymap.document import Document
from journeymap.fileformat import load, save
from journeymap.model import Persona
from tests.conftest import make_sample

TOM = Persona(id="p2", name="Tom", colour="#1F78B4", touchpoint_ids=("call", "shop"), link_ids=("call-shop",))


def two_personas(tmp_path):
    data = make_sample()
    data = data.model_copy(update={"personas": (*data.personas, TOM)})
    path = tmp_path / "personas.journey"
    save(data, path)
    return path


def check(dock, pid: str, on: bool = True) -> None:
    for row in range(dock.list.count()):
        if dock.list.item(row).data(Qt.ItemDataRole.UserRole + 1) == pid:
            dock.list.item(row).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def test_view_state_round_trip_through_save_and_reopen(window, tmp_path, monkeypatch):
    path = two_personas(tmp_path)
    assert window.files.open_path(path)
    dock, layer = window.persona_dock, window.scene.persona_layer
    check(dock, "p1")
    check(dock, "p2")
    dock.select("p2")
    dock.focus_one.click()
    dock.general.click()
    assert layer.visible == ("p2",) and layer.focus == "p2" and not layer.general_curve
    # view state only: nothing to undo, nothing modified, closing would ask nothing
    assert window.document.undo_stack.count() == 0 and not window.isWindowModified()
    assert window.document.project.view.personas_shown == ("p1", "p2")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    assert window.files.save()
    stored = json.loads(path.read_text("utf-8"))["view"]
    assert stored == {"personas_shown": ["p1", "p2"], "persona_focus": "p2", "general_curve": False}

    window.replace_document(Document(autosave_folder=window.autosave_folder))  # another journey in between
    assert window.persona_dock.side_by_side.isChecked() and window.persona_dock.general.isChecked()
    assert window.files.open_path(path)
    window.scene.flush_updates()
    dock, layer = window.persona_dock, window.scene.persona_layer
    assert layer.visible == ("p2",) and layer.focus == "p2" and not layer.general_curve
    assert not window.scene.projection.curve.isVisible()
    assert window.scene.card("fair").opacity() == DIMMED and window.scene.card("shop").opacity() == 1
    assert dock.focus_one.isChecked() and not dock.general.isChecked() and dock.current_id() == "p2"
    assert [dock.list.item(r).checkState() == Qt.CheckState.Checked for r in range(dock.list.count())] == [True, True]
    assert window.document.undo_stack.count() == 0 and not window.isWindowModified()

    dock.side_by_side.click()  # back to side by side: both curves
    assert layer.visible == ("p1", "p2") and layer.focus is None
    assert window.files.save()
    assert load(path).view.persona_focus is None and load(path).view.personas_shown == ("p1", "p2")


def test_an_unchanged_journey_saves_byte_identical_with_its_view(window, tmp_path):
    path = two_personas(tmp_path)
    window.files.open_path(path)
    check(window.persona_dock, "p2")
    assert window.files.save()
    first = path.read_bytes()
    assert window.files.open_path(path) and window.files.save()
    assert _without_dates(path.read_bytes()) == _without_dates(first)


def _without_dates(content: bytes) -> dict:
    document = json.loads(content)
    document["meta"].pop("modified")
    return document


def test_deleting_a_shown_persona_and_undoing_shows_it_again(window, tmp_path):
    window.files.open_path(two_personas(tmp_path))
    dock, layer = window.persona_dock, window.scene.persona_layer
    check(dock, "p2")
    dock.select("p2")
    assert dock.delete_persona()
    assert window.document.project.to_data().view.personas_shown == ()  # never saved pointing at nothing
    window.document.undo_stack.undo()
    window.scene.flush_updates()
    assert layer.visible == ("p2",)
