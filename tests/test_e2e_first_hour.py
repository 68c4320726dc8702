"""End to end under a real X server: the first minutes of a workshop, as issue 10 asks them of a new user.

On a 1366×768 screen, in German, the editor opens with a new journey at its opening view. With a real pointer and
keyboard (XTEST: the X server makes every event) the user drags five catalogue entries into three lanes, links two
cards by mouse (from a card's handle to another card) and two by keyboard (Ctrl+L, type, Enter), sets the title and
the author in Journey ▸ Properties (Ctrl+Alt+P), and exports the PDF report (Ctrl+P, OK). The test reads the PDF's
cover back. The editor runs in a subprocess; it tells the hand where things are and waits for each step's effect.
"""

from __future__ import annotations

import json

import pytest

from tests.helpers.xvfb import EDITOR, Hand, editor_on_xvfb, errors, next_line

SCREEN = (1366, 768)
TITLE, AUTHOR = "Werkstatt Journey", "Anna Berg"

SCRIPT = EDITOR + r'''
from PySide6.QtCore import QPointF, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from journeymap.app.catalogue.dock import ENTRY_ID_ROLE
from journeymap.canvas.items.card import H, W

pdf = tmp / "bericht.pdf"
QFileDialog.getSaveFileName = staticmethod(lambda *args, **kwargs: (str(pdf), ""))  # the name the user types
project = lambda: window.document.project



def at(widget, point=None):
    p = widget.mapToGlobal(point if point is not None else widget.rect().center())
    return [p.x(), p.y()]


def scene_at(scene_point):
    return at(window.view.viewport(), window.view.mapFromScene(scene_point))


def palette(entry_id):
    palette, proxy = window.catalogue_dock.list, window.catalogue_dock.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ENTRY_ID_ROLE) == entry_id)
    palette.scrollTo(proxy.index(row, 0))
    return at(palette.viewport(), palette.visualRect(proxy.index(row, 0)).center())


def card_of(entry_id):
    return next(t for t in project().touchpoints if t.catalogue_id == entry_id)


def modal(name):
    widget = QApplication.activeModalWidget()
    return widget if widget is not None and widget.objectName() == name else None


def ok_of(dialog):
    return at(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))


def scenario():
    result = {"zoom": window.view.zoom(), "fitted": window.view.fitted}
    drops = [("website", "attention"), ("sem", "attention"), ("blog", "interest"), ("newsletter", "interest"),
             ("online_shop", "action")]
    for entry, phase in drops:
        count = len(project().touchpoints)
        row = len(project().touchpoints_in(phase))
        spot = window.scene.projection.card_position(phase, float(row))
        end = QPointF(spot.x() + W / 2, spot.y() + H / 2)
        margin = QPointF(-20, end.y())
        yield ("DRAG", {"start": palette(entry), "margin": scene_at(margin), "end": scene_at(end)},
               lambda count=count: len(project().touchpoints) == count + 1)
    result["cards"] = sorted((t.catalogue_id, t.phase, t.position) for t in project().touchpoints)
    result["zoom_after"] = window.view.zoom()

    # a link by mouse: from the website card's handle on its right edge to the blog card
    cards = window.scene.projection.cards
    source, target = cards[card_of("website").id], cards[card_of("blog").id]
    handle = source.mapToScene(QPointF(W, H / 2))
    yield ("HOVER", {"at": scene_at(source.mapToScene(QPointF(W / 2, H / 2)))}, lambda: True)
    yield ("PULL", {"start": scene_at(handle), "end": scene_at(target.mapToScene(QPointF(W / 2, H / 2)))},
           lambda: len(project().links) == 1)

    # a link by keyboard: select the blog card, Ctrl+L, type, Enter
    blog = window.scene.projection.cards[card_of("blog").id]
    yield ("CLICK", {"at": scene_at(blog.mapToScene(QPointF(W / 2, H / 2)))},
           lambda: window.scene.selected_touchpoint_ids() == [card_of("blog").id])
    yield ("KEYS", {"keys": [["Control_L", "l"]]}, lambda: modal("link_picker") is not None)
    picker = modal("link_picker")
    yield ("TYPE", {"at": at(picker.search), "text": "Online", "then": [["Return"]]},
           lambda: len(project().links) == 2)
    result["links"] = sorted((project().touchpoint(l.source).catalogue_id, project().touchpoint(l.target).catalogue_id)
                             for l in project().links)
    result["undo_steps"] = window.document.undo_stack.count()

    # title and author in Journey > Properties
    yield ("KEYS", {"at": at(window.view.viewport()), "keys": [["Control_L", "Alt_L", "p"]]},
           lambda: modal("properties_dialog") is not None)
    dialog = modal("properties_dialog")
    yield ("FILL", {"fields": [[at(dialog.title), TITLE], [at(dialog.author), AUTHOR]], "ok": ok_of(dialog)},
           lambda: project().meta.title == TITLE and modal("properties_dialog") is None)
    result["meta"] = [project().meta.title, project().meta.author]
    result["window_title"] = window.windowTitle()

    # the PDF report
    yield ("KEYS", {"at": at(window.view.viewport()), "keys": [["Control_L", "p"]]},
           lambda: modal("pdf_options_dialog") is not None)
    yield ("CLICK", {"at": ok_of(modal("pdf_options_dialog"))}, lambda: pdf.exists() and pdf.stat().st_size > 0
           and (window.import_export.pdf_job is None or not window.import_export.pdf_job.is_running()))
    result["pdf"] = str(pdf)
    print("RESULT " + json.dumps(result), flush=True)
    window.document.undo_stack.setClean()
    app.quit()


TITLE, AUTHOR = sys.argv[2], sys.argv[3]
steps = scenario()
state = {"until": lambda: True}


def advance():
    """Poll the current step's condition; when it holds, ask the hand for the next step (also inside dialogs'
    own event loops: a timer runs there too)."""
    if not state["until"]():
        QTimer.singleShot(60, advance)
        return
    try:
        request, data, until = next(steps)
    except StopIteration:
        return
    state["until"] = until
    tell(request, **data)
    QTimer.singleShot(60, advance)


QTimer.singleShot(300, advance)
app.exec()
'''


@pytest.mark.xvfb
def test_a_new_user_fills_links_names_and_exports_a_journey_with_real_mouse_and_keys(tmp_path):
    pypdf = pytest.importorskip("pypdf")
    steps = ("DRAG ", "HOVER ", "PULL ", "CLICK ", "KEYS ", "TYPE ", "FILL ", "RESULT ")
    result, seen = None, []
    with editor_on_xvfb(tmp_path, SCRIPT, TITLE, AUTHOR, screen=SCREEN) as (run, display):
        while True:
            line = next_line(run, steps)
            if not line:
                break
            step, data = line.split(" ", 1)
            seen.append(step)
            data = json.loads(data)
            hand = Hand(display)
            if step == "DRAG":
                hand.drag(data["start"], data["margin"], data["end"])
            elif step == "HOVER":
                hand.move(*data["at"])
            elif step == "PULL":
                hand.pull(data["start"], data["end"])
            elif step == "CLICK":
                hand.click(*data["at"])
            elif step == "KEYS":
                if "at" in data:  # a click gives the main window the keyboard again after a dialog (no window manager)
                    hand.click(*data["at"])
                for chord in data["keys"]:
                    hand.chord(*chord)
            elif step == "TYPE":
                hand.click(*data["at"])
                hand.type_text(data["text"])
                for chord in data["then"]:
                    hand.chord(*chord)
            elif step == "FILL":
                for where, text in data["fields"]:
                    hand.click(*where)
                    hand.chord("Control_L", "a")
                    hand.type_text(text)
                hand.click(*data["ok"])
            else:
                result = data
                break
        if result is not None:
            run.wait(timeout=60)
    assert result is not None, f"steps {seen}; stderr: {errors(run)[-3000:]}"

    assert result["fitted"]  # everything happened at the opening view
    assert result["cards"] == [["blog", "interest", 0.0], ["newsletter", "interest", 1.0],
                               ["online_shop", "action", 0.0], ["sem", "attention", 1.0],
                               ["website", "attention", 0.0]]
    assert result["links"] == [["blog", "online_shop"], ["website", "blog"]]
    assert result["undo_steps"] == 7  # five drops and two links, one step each
    assert result["meta"] == [TITLE, AUTHOR] and TITLE in result["window_title"]

    cover = pypdf.PdfReader(result["pdf"]).pages[0].extract_text()
    assert TITLE in cover and AUTHOR in cover
