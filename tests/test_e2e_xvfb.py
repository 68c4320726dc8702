"""End to end under a real X server: drag palette entries onto the fitted map with the mouse, as a hand does.

The editor runs in a subprocess on Xvfb (`QT_QPA_PLATFORM=xcb`) in a 1366×768 window, German, at the view it
opens with. This test is the hand: it moves the X pointer with the XTEST extension (python-xlib), so the X server
itself sends the press, the motion and the release, and Qt's drag manager runs its real nested loop; nothing is
posted into Qt. Each drag leaves the palette, crosses the dock's edge and the canvas's grey margin before it reaches
a lane. First the bundled sample, opened from a file: an entry dropped between the first two cards of a lane, saved
with Ctrl+S. Then a new journey: an entry dropped low in an empty lane, saved with Ctrl+S (the file name given in
place of the save dialog). Both files are read back. Skipped when Xvfb, its XTEST extension, python-xlib or Qt's
xcb plugin is missing.
"""

from __future__ import annotations

import json
import shutil

import pytest

from journeymap.fileformat import load
from journeymap.locate import resource_path
from tests.helpers.xvfb import EDITOR, Hand, editor_on_xvfb, errors, next_line

SCRIPT = EDITOR + r'''
from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtWidgets import QFileDialog
from journeymap.app.catalogue.dock import ENTRY_ID_ROLE

opened, created = tmp / "schmidt.journey", tmp / "neu.journey"
QFileDialog.getSaveFileName = staticmethod(lambda *args, **kwargs: (str(created), ""))  # the name the user types


class DragLog(QObject):
    """The drag events the canvas gets: where (scene x, y) and which."""

    def __init__(self):
        super().__init__()
        self.events = []

    def eventFilter(self, watched, event):
        names = {QEvent.Type.DragEnter: "enter", QEvent.Type.DragMove: "move", QEvent.Type.Drop: "drop"}
        if event.type() in names:
            at = window.view.mapToScene(event.position().toPoint())
            self.events.append((names[event.type()], round(at.x()), round(at.y())))
        return False




def palette_point(entry_id):
    palette, proxy = window.catalogue_dock.list, window.catalogue_dock.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ENTRY_ID_ROLE) == entry_id)
    palette.scrollTo(proxy.index(row, 0))
    QTest.qWait(50)
    p = palette.viewport().mapToGlobal(palette.visualRect(proxy.index(row, 0)).center())
    return [p.x(), p.y()]


def global_of(scene_point):
    p = window.view.viewport().mapToGlobal(window.view.mapFromScene(scene_point))
    return [p.x(), p.y()]


def drag(entry_id, scene_point, phase):
    """Ask the hand for a drag, wait for the card, report what the canvas saw."""
    log = DragLog()
    window.view.viewport().installEventFilter(log)
    before = {t.id for t in window.document.project.touchpoints}
    margin = window.view.viewport().mapToGlobal(window.view.mapFromScene(QPointF(-20, scene_point.y())))
    tell("DRAG", start=palette_point(entry_id), margin=[margin.x(), margin.y()], end=global_of(scene_point),
         zoom=window.view.zoom(), fitted=window.view.fitted)
    wait(lambda: {t.id for t in window.document.project.touchpoints} - before)
    QTest.qWait(200)
    window.view.viewport().removeEventFilter(log)
    new = [t for t in window.document.project.touchpoints if t.id not in before]
    lane = window.scene.projection.lanes[phase]
    return {"new": [(t.catalogue_id, t.phase, t.position) for t in new], "events": log.events,
            "undo": window.document.undo_stack.count(), "highlight_left": not lane.drop_target}


def save(path):
    tell("SAVE")
    wait(lambda: path.exists() and not window.document.is_modified())
    return path.exists() and not window.document.is_modified()


result = {"platform": QApplication.platformName()}
assert window.files.open_path(opened)
QTest.qWait(300)
lanes = window.scene.projection
first_two = sorted(window.document.project.touchpoints_in("interest"), key=lambda t: t.position)[:2]
between = QPointF(lanes.card_position("interest", 1.0).x() + 110, lanes.card_position("interest", 1.0).y() - 6)
result["sample"] = drag("blog", between, "interest")
result["sample"]["neighbours"] = [window.document.project.touchpoint(t.id).position for t in first_two]
result["sample"]["saved"] = save(opened)

window.files.new()
QTest.qWait(300)
loyalty = window.scene.projection.geometry.lane("loyalty").rect
low = QPointF(loyalty.x + loyalty.w / 2, loyalty.y + loyalty.h * 0.7)
result["empty"] = drag("newsletter", low, "loyalty")
result["empty"]["saved"] = save(created)
print("RESULT " + json.dumps(result), flush=True)
window.document.undo_stack.setClean()
window.close()
'''


@pytest.mark.xvfb
def test_real_mouse_drags_onto_the_fitted_map_and_into_an_empty_lane_then_save(tmp_path):
    shutil.copyfile(resource_path("samples", "schmidt.journey"), tmp_path / "schmidt.journey")
    result, seen = None, []
    with editor_on_xvfb(tmp_path, SCRIPT) as (run, display):
        while True:
            line = next_line(run, ('DRAG ', 'SAVE ', 'RESULT '))
            if not line:
                break
            seen.append(line.split(" ", 1)[0])
            step, data = line.split(" ", 1)
            data = json.loads(data)
            if step == "DRAG":
                assert data["fitted"], "the drag must meet the map at its opening view"
                Hand(display).drag(data["start"], data["margin"], data["end"])
            elif step == "SAVE":
                Hand(display).chord("Control_L", "s")
            else:
                result = data
                break
        run.wait(timeout=60)
    assert result is not None, f"steps {seen}; stderr: {errors(run)[-3000:]}"
    assert result["platform"] == "xcb"

    sample = result["sample"]
    enters = [event for event in sample["events"] if event[0] == "enter"]
    assert enters and enters[0][1] < 0, sample["events"][:5]  # the drag met the canvas over its margin, left of the map
    assert sample["events"][-1][0] == "drop"
    assert sample["new"] == [["blog", "interest", 1.0]]  # between the first two cards of the lane
    assert sample["neighbours"] == [0.0, 2.0]  # the second card (and those below it) made room
    assert sample["undo"] == 1 and sample["highlight_left"] and sample["saved"]

    empty = result["empty"]
    assert next(e for e in empty["events"] if e[0] == "enter")[1] < 0
    assert empty["new"] == [["newsletter", "loyalty", 0.0]]  # low in the empty lane: its first slot
    assert empty["undo"] == 1 and empty["saved"]

    saved = load(tmp_path / "schmidt.journey")
    blog = [t for t in saved.touchpoints if t.catalogue_id == "blog"]
    assert [(t.phase, t.position) for t in blog] == [("interest", 1.0)]
    interest = sorted(t.position for t in saved.touchpoints if t.phase == "interest")
    assert interest == [0.0, 1.0, 2.0, 3.0, 4.0, 5.0] and len(saved.touchpoints) == 25
    created = load(tmp_path / "neu.journey")
    assert [(t.catalogue_id, t.phase, t.position) for t in created.touchpoints] == [("newsletter", "loyalty", 0.0)]
