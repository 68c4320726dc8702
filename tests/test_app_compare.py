"""Compare with…, Merge from… and Save as to-be version… in the editor (pytest-qt, offscreen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel

from journeymap.app.compare.merge_dialog import MergeDialog
from journeymap.canvas.compare_layer import MarkItem
from journeymap.commands import EditTouchpoint
from journeymap.fileformat import load, save
from journeymap.model import Link, Project, Touchpoint
from journeymap.model.lineage import content_hash
from tests.conftest import make_sample


def two_laptops(tmp_path: Path) -> tuple[Path, Path, Path]:
    """The same journey saved once (start), then changed on two laptops: ours renames `web` and adds a card;
    theirs gives `web` an emotion, adds a card and a link, and removes `call`."""
    from journeymap.document import Document

    start = tmp_path / "start.journey"
    document = Document(make_sample(), autosave_folder=tmp_path / "autosave")
    document.save(start)  # the journey gets its id; the file is a version both laptops share
    document.close()
    paths = tmp_path / "laptop-a.journey", tmp_path / "laptop-b.journey"
    for path, change in zip(paths, (_laptop_a, _laptop_b), strict=True):
        laptop = Document.open(start, autosave_folder=tmp_path / "autosave")
        change(laptop.project)
        laptop.save(path)  # as the editor saves: the lineage records the start as the version before
        laptop.close()
    return start, *paths


def _laptop_a(ours: Project) -> None:
    ours.update_touchpoint("web", label="Website 2.0")
    ours.add_touchpoint(Touchpoint(id="tp-ours", label="Hausmesse", phase="attention", position=1))


def _laptop_b(theirs: Project) -> None:
    theirs.update_touchpoint("web", emotion=2)
    theirs.add_touchpoint(Touchpoint(id="tp-theirs", label="Live-Chat", phase="interest", position=1))
    theirs.add_link(Link(id="ln-chat", source="web", target="tp-theirs"))
    theirs.remove_touchpoints(["call"])


def test_compare_shows_the_other_version_over_the_map(window, tmp_path, monkeypatch):
    _, mine, other = two_laptops(tmp_path)
    assert window.files.open_file(mine)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.commands.compare_with.trigger()
    marks = {item.mark.key: item.mark for item in window.scene.items() if isinstance(item, MarkItem)}
    assert marks["tp-theirs"].kind == "added" and marks["tp-theirs"].ghost
    assert marks["tp-ours"].kind == "removed" and marks["call"].kind == "removed"
    assert marks["web"].kind == "changed"
    dock = window.compare.dock
    assert dock.isVisible() and "laptop-b.journey" in dock.summary.text()
    rows = [dock.tree.topLevelItem(0).child(i).text(0) for i in range(dock.tree.topLevelItem(0).childCount())]
    assert rows == ["+ Live-Chat", "− Anruf", "− Hausmesse", "Δ Website"]  # labels as the other version has them
    window.document.push(EditTouchpoint(window.document.project, "web", {"label": "Website", "emotion": 2}))
    window.compare.refresh()  # (an edit schedules it; here at once)
    assert "web" not in {item.mark.key for item in window.scene.items() if isinstance(item, MarkItem)}
    dock.close_button.click()
    assert not [item for item in window.scene.items() if isinstance(item, MarkItem)] and not dock.isVisible()


def test_merge_from_uses_the_common_ancestor_and_is_one_undo_step(window, tmp_path, monkeypatch):
    start, mine, other = two_laptops(tmp_path)
    window.files.open_file(start)  # this computer has seen the start (its history remembers it)
    window.files.open_file(mine)
    seen: dict = {}

    def answer(dialog: MergeDialog) -> int:
        seen["intro"] = dialog.findChild(QLabel, "merge_intro").text()
        seen["rows"] = [row.text(0) for row in dialog.rows()]
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    before = content_hash(window.document.project.to_data())
    window.commands.merge_from.trigger()
    assert "descend from the same version" in seen["intro"]
    assert "− Hausmesse" not in seen["rows"]  # our own card is no change of theirs
    assert {"+ Live-Chat", "− Anruf", "Δ Website"} <= set(seen["rows"])
    data = window.document.project.to_data()
    tps = {tp.id: tp for tp in data.touchpoints}
    assert {"tp-ours", "tp-theirs"} <= tps.keys() and "call" not in tps
    assert (tps["web"].label, tps["web"].emotion) == ("Website 2.0", 2)
    assert "ln-chat" in {link.id for link in data.links}
    assert window.scene.card("tp-theirs") is not None
    stack = window.document.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Merge from laptop-b.journey"
    stack.undo()
    assert content_hash(window.document.project.to_data()) == before and window.scene.card("tp-theirs") is None
    stack.redo()
    assert window.scene.card("tp-theirs") is not None


def test_rejected_changes_stay_out_and_without_a_common_version_all_differences_are_offered(window, tmp_path,
                                                                                          monkeypatch):
    _, mine, other = two_laptops(tmp_path)
    stranger = load(other).model_copy(update={"lineage": load(other).lineage.model_copy(update={"journey": "jr-x"})})
    save(stranger, other, backup=False)
    window.files.open_file(mine)
    seen: dict = {}

    def answer(dialog: MergeDialog) -> int:
        seen["rows"] = [row.text(0) for row in dialog.rows()]
        for row in dialog.rows():
            if row.text(0).startswith("− "):
                row.setCheckState(0, Qt.CheckState.Unchecked)  # keep everything we have
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.commands.merge_from.trigger()
    assert "− Hausmesse" in seen["rows"]  # item by item: our card is a difference too
    tps = {tp.id for tp in window.document.project.touchpoints}
    assert {"tp-ours", "tp-theirs", "call"} <= tps


def test_save_as_to_be_version_knows_its_origin(window, tmp_path, monkeypatch):
    _, mine, _ = two_laptops(tmp_path)
    window.files.open_file(mine)
    as_is = window.document.project.to_data()
    target = tmp_path / "soll.journey"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.commands.save_to_be.trigger()
    to_be = load(target)
    assert to_be.lineage.origin is not None and to_be.lineage.origin.journey == as_is.lineage.journey
    assert to_be.lineage.origin.version == content_hash(as_is)
    assert to_be.lineage.journey != as_is.lineage.journey and to_be.meta.version == "to-be"
    assert window.document.path == target


def test_a_file_changed_on_disk_can_be_compared_before_deciding(window, tmp_path, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    from journeymap.app.files import questions

    _, mine, _ = two_laptops(tmp_path)
    window.files.open_file(mine)
    window.document.push(EditTouchpoint(window.document.project, "fair", {"label": "Messe 2026"}))
    elsewhere = Project(load(mine))
    elsewhere.add_touchpoint(Touchpoint(id="tp-disk", label="Von nebenan", phase="action", position=4))
    save(elsewhere.to_data(), mine)

    def click() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, click)
            return
        box.findChild(QPushButton, "choice_compare").click()

    QTimer.singleShot(20, click)
    assert not window.files.save()  # the real question, answered with Compare: nothing is written
    assert "tp-disk" in {tp.id for tp in load(mine).touchpoints}
    marks = {item.mark.key: item.mark.kind for item in window.scene.items() if isinstance(item, MarkItem)}
    assert marks == {"tp-disk": "added", "fair": "changed"}
    assert "laptop-a.journey on disk" in window.compare.dock.summary.text()
    assert window.document.is_modified()
    assert questions.ask_changed_on_disk.__doc__ and "compare" in questions.ask_changed_on_disk.__doc__


def test_the_real_merge_dialog_driven_by_its_buttons(window, tmp_path, monkeypatch):
    """Reject All, then Accept All, then Merge: clicked with the mouse in the modal dialog itself."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton

    start, mine, other = two_laptops(tmp_path)
    window.files.open_file(start)
    window.files.open_file(mine)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    seen: dict = {}

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MergeDialog):
            QTimer.singleShot(20, drive)
            return
        QTest.mouseClick(dialog.findChild(QPushButton, "merge_reject_all"), Qt.MouseButton.LeftButton)
        seen["after_reject"] = [row.checkState(0) for row in dialog.rows()]
        QTest.mouseClick(dialog.findChild(QPushButton, "merge_accept_all"), Qt.MouseButton.LeftButton)
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        seen["ok"] = ok.text()
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(20, drive)
    window.commands.merge_from.trigger()
    assert set(seen["after_reject"]) == {Qt.CheckState.Unchecked} and seen["ok"] == "Merge"
    tps = {tp.id for tp in window.document.project.touchpoints}
    assert {"tp-ours", "tp-theirs"} <= tps and "call" not in tps  # both laptops' work in one journey
    assert window.isWindowModified()


def _two_edits_of_one_card(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Both laptops rename `web`; ours also notes why, theirs also gives it an emotion."""
    from journeymap.document import Document

    start = tmp_path / "start.journey"
    document = Document(make_sample(), autosave_folder=tmp_path / "autosave")
    document.save(start)
    document.close()
    paths = tmp_path / "laptop-a.journey", tmp_path / "laptop-b.journey"
    edits = ({"label": "Website 2.0", "emotion_note": "Relaunch im März"}, {"label": "Neue Website", "emotion": 2})
    for path, changes in zip(paths, edits, strict=True):
        laptop = Document.open(start, autosave_folder=tmp_path / "autosave")
        laptop.project.update_touchpoint("web", **changes)
        laptop.save(path)
        laptop.close()
    return start, *paths


def test_a_clash_is_decided_field_by_field_and_keeps_our_other_changes(window, tmp_path, monkeypatch):
    start, mine, other = _two_edits_of_one_card(tmp_path)
    window.files.open_file(start)
    window.files.open_file(mine)
    seen: dict = {}

    def answer(dialog: MergeDialog) -> int:
        (web,) = [row for row in dialog.rows() if row.text(0).endswith("Neue Website")]
        fields = {f.text(0): f for f in dialog.fields_of(web)}
        seen["fields"] = {text: f.checkState(0) for text, f in fields.items()}
        seen["web"] = (web.text(0), web.checkState(0))
        (label,) = [f for text, f in fields.items() if text.startswith("⚠")]
        seen["yours"] = [label.child(i).text(0) for i in range(label.childCount())]
        label.setCheckState(0, Qt.CheckState.Checked)  # theirs wins the name ...
        seen["after"] = web.checkState(0)
        seen["wins"], seen["rejected"] = dialog.theirs_wins(), dialog.rejected_keys()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.commands.merge_from.trigger()
    assert seen["fields"] == {"⚠ Label: “Website” → “Neue Website”": Qt.CheckState.Unchecked,
                              "Emotion: 0 → +2": Qt.CheckState.Checked}
    assert seen["web"] == ("⚠ Δ Neue Website", Qt.CheckState.PartiallyChecked)  # the clash: not ticked at first
    assert seen["yours"] == ["Yours: Label: “Website” → “Website 2.0”"]  # what theirs would replace, shown
    assert seen["after"] == Qt.CheckState.Checked and seen["rejected"] == []
    assert seen["wins"] == [("touchpoint", "web", "label")]
    web = window.document.project.touchpoint("web")
    assert (web.label, web.emotion, web.emotion_note) == ("Neue Website", 2, "Relaunch im März")  # ... ours its note
    assert window.document.undo_stack.count() == 1


def test_one_field_of_theirs_left_out(window, tmp_path, monkeypatch):
    start, mine, other = _two_edits_of_one_card(tmp_path)
    window.files.open_file(start)
    window.files.open_file(mine)

    def answer(dialog: MergeDialog) -> int:
        (web,) = [row for row in dialog.rows() if row.text(0).endswith("Neue Website")]
        for field in dialog.fields_of(web):
            if not field.text(0).startswith("⚠"):
                field.setCheckState(0, Qt.CheckState.Unchecked)  # not their emotion
        assert web.checkState(0) == Qt.CheckState.Unchecked
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MergeDialog, "exec", answer)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.commands.merge_from.trigger()
    web = window.document.project.touchpoint("web")
    assert (web.label, web.emotion, web.emotion_note) == ("Website 2.0", 0, "Relaunch im März")
