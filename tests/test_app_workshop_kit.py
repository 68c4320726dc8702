"""File ▸ Print Workshop Kit…: the dialog's choices print the same PDF as `journeymap cards` / `poster`, the preview
shows the first page (off the UI thread, following the choice), Cancel leaves no file, file names and
write-protected files are handled as for every export."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from benchmarks.make_big import make_big
from journeymap.app.exchange import kit_export, workshop_kit
from journeymap.app.exchange.kit_choice import KitChoice, load_kit_choice, save_kit_choice
from journeymap.app.exchange.kit_export import KitExportJob
from journeymap.app.exchange.workshop_kit_dialog import WorkshopKitDialog
from journeymap.catalogue import catalogue
from journeymap.cli import main as cli
from journeymap.fileformat import load
from journeymap.fileformat.output import Target
from journeymap.locate import resources_dir
from journeymap.model import Meta, ProjectData
from tests.helpers.kit_pdf import page_texts, squeezed

SAMPLE = resources_dir() / "samples" / "schmidt.journey"


@pytest.fixture
def opened(window, tmp_path):
    """The window showing the bundled sample, copied to `tmp_path/work/reise.journey`."""
    folder = tmp_path / "work"
    folder.mkdir()
    path = folder / "reise.journey"
    shutil.copyfile(SAMPLE, path)
    assert window.files.open_path(path)
    return window


def print_kit(window, qtbot, monkeypatch, choice: KitChoice, target: Path) -> KitExportJob:
    """File ▸ Print Workshop Kit… with `choice`, Save PDF… answered with `target`; returns the finished job."""
    asked: list[str] = []

    def fake_exec(dialog: WorkshopKitDialog) -> int:
        dialog.set_choice(choice)
        assert dialog.choice() == choice
        dialog.accept()
        return dialog.result()

    def fake_save(parent, title, start, filters):
        asked.append(start)
        return str(target), ""
    monkeypatch.setattr(WorkshopKitDialog, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_save)
    window.commands.print_kit.trigger()
    assert len(asked) == 1 and kit_export.running_kit_jobs()
    job = kit_export.running_kit_jobs()[0]
    with qtbot.waitSignal(job.finished, timeout=60_000):
        pass
    return job


def cli_args(choice: KitChoice, journey: Path, out: Path) -> list[str]:
    """The command line that prints `choice`."""
    args = ["poster" if choice.kind == "poster" else "cards", "-o", str(out), "--lang", choice.lang,
            "--paper", choice.paper]
    if choice.uses_journey:
        args += ["--journey", str(journey)]
    if choice.kind == "personas":
        args.append("--personas")
    if choice.takes_blank:
        args += ["--blank", str(choice.blank)]
    return args


def page_sizes(path: Path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in PdfReader(path).pages]


# ---------------------------------------------------------------- the same PDF as the command line
CHOICES = [
    KitChoice("catalogue_cards", "a4", "de", 3),
    KitChoice("catalogue_cards", "a3", "en", 0),
    KitChoice("journey_cards", "a4", "de", 9),
    KitChoice("lane_poster", "a1", "en"),
    KitChoice("journey_poster", "a0", "de"),
    KitChoice("personas", "a4", "en", 2),
]


@pytest.mark.parametrize("choice", CHOICES, ids=lambda c: f"{c.what}-{c.paper}-{c.lang}-{c.blank}")
def test_the_dialogs_choice_prints_what_the_command_line_prints(opened, qtbot, monkeypatch, boxes, tmp_path, choice):
    target = tmp_path / "work" / "kit.pdf"
    job = print_kit(opened, qtbot, monkeypatch, choice, target)
    assert job.outcome == "done" and boxes.calls == []
    assert "kit.pdf" in opened.statusBar().currentMessage()
    from_cli = tmp_path / "cli.pdf"
    assert cli(cli_args(choice, opened.document.path, from_cli)) == 0
    editor_pdf, cli_pdf = target.read_bytes(), from_cli.read_bytes()
    assert page_texts(editor_pdf) == page_texts(cli_pdf)
    assert page_sizes(target) == page_sizes(from_cli)
    assert job.report is not None and job.report.pages == len(page_sizes(target))
    text = squeezed(" ".join(page_texts(editor_pdf)))
    data = load(opened.document.path)
    if choice.what == "catalogue_cards":  # read the names back: every entry of the catalogue
        assert all(squeezed(entry.name.get(choice.lang)) in text for entry in catalogue().entries)
    elif choice.what in ("journey_cards", "journey_poster"):  # every touchpoint of the journey
        assert all(squeezed(tp.label) in text for tp in data.touchpoints)
    elif choice.what == "personas":
        assert all(squeezed(p.name) in text for p in data.personas)
        assert job.report.pages == len(data.personas) + choice.blank


def test_the_choice_is_remembered_but_the_language_is_the_journeys(tmp_path):
    store = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert load_kit_choice(store, "en") == KitChoice("catalogue_cards", "a4", "en", 0)
    save_kit_choice(store, KitChoice("journey_poster", "a0", "de"))
    save_kit_choice(store, KitChoice("journey_cards", "a3", "de", 8))
    assert load_kit_choice(store, "en") == KitChoice("journey_cards", "a3", "en", 8)
    save_kit_choice(store, KitChoice("lane_poster", "a2", "de"))
    assert load_kit_choice(store, "de") == KitChoice("lane_poster", "a2", "de", 0)
    store.setValue("kit/what", "rubbish")
    store.setValue("kit/paper_cards", "letter")
    store.setValue("kit/blank_cards", "many")
    assert load_kit_choice(store, "de") == KitChoice("catalogue_cards", "a4", "de", 0)


def test_a_choice_becomes_the_export_arguments():
    data = ProjectData(meta=Meta(title="x"))
    assert KitChoice("catalogue_cards", "a3", "en", 4).export_args(data) == ("cards", "en", "a3", None, 4)
    assert KitChoice("journey_cards", "a4", "de", 0).export_args(data) == ("cards", "de", "a4", data, 0)
    assert KitChoice("lane_poster", "a4", "de", 5).export_args(data) == ("poster", "de", "a1", None, 0)
    assert KitChoice("journey_poster", "a0", "de").export_args(data)[3] is data
    assert KitChoice("personas", "a3", "en", 2).export_args(data) == ("personas", "en", "a4", data, 2)
    assert KitChoice("journey_cards").nothing_to_print(data)
    assert not KitChoice("journey_cards", blank=1).nothing_to_print(data)


# ---------------------------------------------------------------- cancel, names, protected files
def test_cancel_leaves_no_file_and_keeps_an_older_one(window, qtbot, boxes, tmp_path):
    data = make_big()  # 2,000 touchpoints: 250 pages of cards
    for target, before in ((tmp_path / "new.pdf", None), (tmp_path / "old.pdf", b"%PDF-1.4 the older kit")):
        if before is not None:
            target.write_bytes(before)
        job = KitExportJob(window, KitChoice("journey_cards", "a4", "de"), data, target)
        pages: list[int] = []
        pressed = threading.Event()  # the worker waits after its first page until the user has pressed Cancel
        job.worker.progressed.connect(lambda done, total, pages=pages: pages.append(done))  # queued: first
        job.worker.progressed.connect(lambda *_, pressed=pressed: pressed.wait(60), Qt.ConnectionType.DirectConnection)
        job.start()
        qtbot.waitUntil(lambda pages=pages: len(pages) >= 1, timeout=60_000)
        job.dialog.canceled.emit()  # the user presses Cancel after the first pages
        pressed.set()
        with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
            pass
        assert blocker.args == ["cancelled"] and max(pages) < 250
        assert (target.read_bytes() if target.exists() else None) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".pdf" or p.name.endswith(".tmp")) == ["old.pdf"]
    assert boxes.calls == [] and kit_export.running_kit_jobs() == []


def test_a_kit_that_cannot_be_written_says_why_in_one_message(window, qtbot, boxes, tmp_path):
    target = tmp_path / "no" / "such" / "folder" / "kit.pdf"
    job = KitExportJob(window, KitChoice("lane_poster", "a1", "de"), load(SAMPLE), target).start()
    with qtbot.waitSignal(job.finished, timeout=60_000) as blocker:
        pass
    assert blocker.args == ["failed"] and boxes.kinds() == ["critical"]
    reason = boxes.calls[0][2].split("\n\n")[-1]
    assert "folder does not exist" in reason and "kit.pdf" in reason and len(reason.splitlines()) == 1
    assert not target.parent.exists()


def test_the_name_is_proposed_like_save_as(opened, window, tmp_path):
    document = opened.document
    folder = document.path.parent
    propose = workshop_kit.proposed_kit_path
    assert propose(KitChoice("catalogue_cards"), document) == folder / "Touchpoint cards.pdf"
    assert propose(KitChoice("lane_poster", "a1"), document) == folder / "Lane poster A1.pdf"
    title = workshop_kit.safe_file_name(document.project.meta.title)  # "Customer Journey Schmidt …" (no colon)
    assert propose(KitChoice("journey_cards", "a3"), document).name == f"{title} - cards A3.pdf"
    assert propose(KitChoice("personas"), document).name == f"{title} - persona sheets.pdf"
    assert window.files.open_untitled(ProjectData(meta=Meta(title='Messe: "Neu"/2026')), False)
    untitled = window.document
    assert untitled.path is None
    path = propose(KitChoice("journey_poster", "a0"), untitled)
    assert path.name == "Messe Neu 2026 - poster A0.pdf"
    assert path.parent == workshop_kit.save_as_folder(None)  # the documents folder


def test_a_write_protected_file_is_replaced_only_when_the_user_says_so(opened, qtbot, monkeypatch, boxes, tmp_path):
    target = tmp_path / "work" / "protected.pdf"
    target.write_bytes(b"%PDF-1.4 kept")
    import journeymap.fileformat as fileformat  # (may_replace imports inspect when it runs)

    original = fileformat.inspect  # as root every file is writable: the test says it is not
    monkeypatch.setattr(fileformat, "inspect", lambda p: Target(original(p).path, original(p).status, False))
    answers: list[bool] = [False]
    asked: list[Path] = []

    def ask(parent, path, owner):
        asked.append(path)
        return answers[0]
    monkeypatch.setattr("journeymap.app.files.questions.ask_replace_unwritable", ask)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    dialog = WorkshopKitDialog(opened.document.project.to_data(), KitChoice("lane_poster", "a2", "en"),
                               lambda parent, choice: workshop_kit.ask_kit_path(parent, choice, opened.document))
    try:
        dialog.show()
        dialog.accept()  # Save PDF…, the file dialog gives the protected file, the user keeps it
        assert asked == [target] and dialog.isVisible() and dialog.path is None
        answers[0] = True
        dialog.accept()
        assert dialog.result() == QDialog.DialogCode.Accepted and dialog.path == target
    finally:
        dialog.deleteLater()


# ---------------------------------------------------------------- the preview
def wait_preview(qtbot, dialog: WorkshopKitDialog) -> tuple[QImage, object]:
    with qtbot.waitSignal(dialog.preview.ready, timeout=60_000) as blocker:
        pass
    return blocker.args[0], blocker.args[1]


def ink(image: QImage) -> float:
    """The share of pixels that are not white (sampled on a grid)."""
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    samples = [image.pixelColor(x, y) for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)]
    return sum(1 for c in samples if min(c.red(), c.green(), c.blue()) < 235) / len(samples)


def test_the_preview_shows_the_first_page_and_follows_the_choice(qtbot, tmp_path):
    data = load(SAMPLE)
    dialog = WorkshopKitDialog(data, KitChoice("catalogue_cards", "a4", "de"), lambda *a: None,
                               catalogue_size=len(catalogue().entries))
    qtbot.addWidget(dialog)
    dialog.show()
    image, report = wait_preview(qtbot, dialog)
    assert not image.isNull() and abs(image.height() / image.width() - 297 / 210) < 0.01  # A4 portrait
    assert ink(image) > 0.03  # cards with text and icons, not an empty page
    assert report.pages == 5 and "1 of 5" in dialog.caption.text()
    assert not dialog.picture.busy and dialog.picture.page_rect().height() > 250
    dialog.radios["lane_poster"].setChecked(True)  # a change while … and another right after it: one preview
    dialog.paper.setCurrentIndex(dialog.paper.findData("a0"))
    assert dialog.picture.busy
    image, report = wait_preview(qtbot, dialog)
    assert report.kind == "poster" and report.paper == "a0"
    assert abs(image.width() / image.height() - 1189 / 841) < 0.01 and ink(image) > 0.03  # landscape
    assert "A0 landscape" in dialog.caption.text()
    dialog.reject()
    assert dialog.preview.is_idle()


def test_nothing_to_print_until_empty_cards_are_added(qtbot):
    dialog = WorkshopKitDialog(ProjectData(meta=Meta(title="Leer")), KitChoice("journey_cards", "a4", "en"),
                               lambda *a: None)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "no touchpoints" in dialog.caption.text()
    assert dialog.picture.image.isNull() and dialog.preview.is_idle()
    dialog.blank.setValue(3)
    assert save.isEnabled()
    image, report = wait_preview(qtbot, dialog)
    assert report.items == 0 and report.blank == 3 and ink(image) > 0.01
    dialog.radios["lane_poster"].setChecked(True)
    assert not dialog.blank.isEnabled() and dialog.choice().blank == 0
    dialog.radios["personas"].setChecked(True)  # sheets keep their own count
    assert dialog.blank.isEnabled() and dialog.blank.value() == 0 and "sheets" in dialog.labels[0].text()
    dialog.reject()


def test_a_big_journeys_preview_is_drawn_off_the_ui_thread(qtbot):
    dialog = WorkshopKitDialog(make_big(), KitChoice("journey_cards", "a4", "de"), lambda *a: None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview.worker is not None, timeout=5_000)  # after the debounce
    # The event loop keeps turning while 250 pages are drawn: a chain of zero-timers runs to its end before the
    # preview is ready (no clock: the order of events is the test).
    turns: list[bool] = []

    def turn() -> None:
        turns.append(dialog.preview.worker is not None)
        if len(turns) < 20:
            QTimer.singleShot(0, turn)
    QTimer.singleShot(0, turn)
    image, report = wait_preview(qtbot, dialog)
    assert len(turns) == 20 and all(turns)
    assert report.pages == 250 and not image.isNull() and "1 of 250" in dialog.caption.text()
    dialog.reject()


def test_menu_entry_and_german_texts(opened, qtbot, monkeypatch):
    assert opened.commands.print_kit in opened.commands.file_menu.actions()
    seen: list[WorkshopKitDialog] = []

    def fake_exec(dialog: WorkshopKitDialog) -> int:
        seen.append(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(WorkshopKitDialog, "exec", fake_exec)
    opened.set_language_setting("de")
    try:
        qtbot.waitUntil(lambda: opened.commands.print_kit.text() == "&Workshop-Kit drucken …")
        opened.commands.print_kit.trigger()
        dialog = seen[0]
        assert dialog.windowTitle() == "Workshop-Kit drucken"
        assert dialog.choice().lang == opened.document.project.meta.language  # the journey's language
        assert dialog.radios["journey_poster"].text() == "Diese Journey als P&oster"
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).text() == "PDF &speichern …"
    finally:
        opened.set_language_setting("en")
    assert kit_export.running_kit_jobs() == [] and dialog.preview.is_idle()
