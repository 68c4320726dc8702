"""Done when (issue 16), under a real X server: a facilitator fills a blueprint row and moves an opportunity to
"planned" with the keyboard alone, and drags an opportunity between quadrants of the matrix with the mouse.

The editor runs in a subprocess on Xvfb (`QT_QPA_PLATFORM=xcb`), 1366×768, German, on the Schmidt sample. The hand
(XTEST: the X server sends the keys and the pointer) presses Ctrl+Shift+B for the blueprint, goes down from the
first card's customer action to its frontstage, presses Enter, types two steps (Shift+Enter between them), Tab, the
owner, Enter; then, with an opportunity shown in the panel (as the inspector's Enter on it does), goes right to its
status, Enter, Down, Enter; then drags a chip of the matrix into the quick wins. Skipped when Xvfb, XTEST,
python-xlib or Qt's xcb plugin is missing.
"""

from __future__ import annotations

import json
import shutil

import pytest

from journeymap.fileformat import load
from journeymap.locate import resource_path
from tests.helpers.xvfb import EDITOR, Hand, editor_on_xvfb, errors, next_line

STEPS = ("KEYS ", "DRAG ", "RESULT ")

SCRIPT = EDITOR + r'''
from journeymap.app.blueprint.table import ROWS
assert window.files.open_path(tmp / "schmidt.journey")
QTest.qWait(300)



def keys(*sequence):
    """Ask the hand for keys; wait until it says it is done (it writes a line to our stdin)."""
    print("KEYS " + json.dumps(list(sequence)), flush=True)
    sys.stdin.readline()
    QTest.qWait(300)


project = window.document.project
result = {"platform": QApplication.platformName()}
window.view.setFocus()
keys(["chord", "Control_L", "Shift_L", "b"])  # View > Service Blueprint
result["tab"] = window.views.workspace.blueprint_visible()
view = window.views.workspace.blueprint
first = view.blueprint_model().columns[0].touchpoint.id
view.setFocus()
view.setCurrentIndex(view.blueprint_model().index(ROWS.index("customer"), 0))  # where a click would leave it
keys(["chord", "Down"], ["chord", "Return"], ["type", "Gebot erstellen"], ["chord", "Shift_L", "Return"],
     ["type", "Budget pruefen"], ["chord", "Tab"], ["type", "Marketing"], ["chord", "Return"])
row = project.touchpoint(first).blueprint.frontstage
result["row"] = [list(row.texts), row.owner, window.document.undo_stack.count()]

dock = window.views.opportunities
target = next(o for o in project.opportunities if o.status == "idea")
dock.show_opportunity(target.id)  # the inspector's Enter on the touchpoint's opportunity
QTest.qWait(200)
keys(["chord", "Right"], ["chord", "Return"], ["chord", "Down"], ["chord", "Return"])
wait(lambda: project.opportunity(target.id).status != "idea", 3)
result["status"] = project.opportunity(target.id).status

dock.tabs.setCurrentWidget(dock.matrix)
QTest.qWait(300)
matrix = dock.matrix
moving = next(o for o in project.opportunities if (o.impact, o.effort) == (1, 2))
start = matrix.mapToGlobal(matrix.chip_rect(moving.id).center())
end = matrix.mapToGlobal(matrix.cell_rect(3, 1).center())
print("DRAG " + json.dumps({"start": [start.x(), start.y()], "end": [end.x(), end.y()]}), flush=True)
wait(lambda: project.opportunity(moving.id).impact == 3, 10)
result["rated"] = [project.opportunity(moving.id).impact, project.opportunity(moving.id).effort,
                   window.document.undo_stack.undoText()]
window.document.save(tmp / "schmidt.journey")
print("RESULT " + json.dumps(result), flush=True)
window.close()
'''


@pytest.mark.xvfb
def test_a_facilitator_fills_a_row_sets_planned_and_drags_in_the_matrix(tmp_path):
    shutil.copyfile(resource_path("samples", "schmidt.journey"), tmp_path / "schmidt.journey")
    result = None
    with editor_on_xvfb(tmp_path, SCRIPT, stdin=True) as (run, display):
        while True:
            line = next_line(run, STEPS)
            if not line:
                break
            step, data = line.split(" ", 1)
            data = json.loads(data)
            if step == "KEYS":
                hand = Hand(display)
                for kind, *what in data:
                    if kind == "type":
                        hand.type_text(what[0])
                    else:
                        hand.chord(*what)
                hand.display.close()
                run.stdin.write("done\n")
                run.stdin.flush()
            elif step == "DRAG":
                Hand(display).drag(data["start"], data["start"], data["end"])
            else:
                result = data
                break
        run.wait(timeout=60)
    assert result is not None, errors(run)[-3000:]
    assert result["platform"] == "xcb" and result["tab"]
    assert result["row"] == [["Gebot erstellen", "Budget pruefen"], "Marketing", 1]  # one undo step
    assert result["status"] == "planned"
    assert result["rated"] == [3, 1, "Chance bewerten"]
    saved = load(tmp_path / "schmidt.journey")
    assert saved.touchpoints[0].blueprint.frontstage.texts == ("Gebot erstellen", "Budget pruefen")


DROP_SCRIPT = EDITOR + r'''
from PySide6.QtCore import QPoint
from journeymap.app.blueprint.table import ROWS
from journeymap.app.catalogue.dock import ENTRY_ID_ROLE
assert window.files.open_path(tmp / "gap.journey")
QTest.qWait(300)


def at(widget, point):
    p = widget.mapToGlobal(point)
    return [p.x(), p.y()]


project = window.document.project
window.commands.blueprint.trigger()  # the blueprint tab, as Ctrl+Shift+B shows it
QTest.qWait(300)
view = window.views.workspace.blueprint
model = view.blueprint_model()
gap = next(c for c, col in enumerate(model.columns) if col.is_gap)
view.scrollTo(model.index(ROWS.index("customer"), gap))
QTest.qWait(200)
palette, proxy = window.catalogue_dock.list, window.catalogue_dock.proxy
row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ENTRY_ID_ROLE) == "chatbot")
palette.scrollTo(proxy.index(row, 0))
QTest.qWait(200)
start = at(palette.viewport(), palette.visualRect(proxy.index(row, 0)).center())
target = view.visualRect(model.index(ROWS.index("customer"), gap)).center()
end = at(view.viewport(), target)
margin = at(view.viewport(), QPoint(8, target.y() - 60))  # in over the blueprint's left edge, as a hand goes
tell("DRAG", start=start, margin=margin, end=end)
wait(lambda: any(tp.phase == "interest" for tp in project.touchpoints), 10)
added = [tp for tp in project.touchpoints if tp.phase == "interest"]
current = view.currentIndex()
result = {"platform": QApplication.platformName(), "added": [tp.catalogue_id for tp in added],
          "label": added[0].label if added else "", "undo": window.document.undo_stack.count(),
          "gaps": sum(1 for col in model.columns if col.is_gap),
          "current": model.touchpoint_at(current.column()).id if current.isValid() and added else None,
          "id": added[0].id if added else None}
window.document.save(tmp / "gap.journey")
tell("RESULT", **result)
window.close()
'''


@pytest.mark.xvfb
def test_a_catalogue_entry_dragged_onto_a_phase_without_touchpoints_in_the_blueprint(tmp_path):
    from journeymap.fileformat import save
    from journeymap.model import Project

    project = Project(load(resource_path("samples", "schmidt.journey")))
    project.remove_touchpoints([tp.id for tp in project.touchpoints if tp.phase == "interest"])
    save(project.to_data(), tmp_path / "gap.journey", backup=False)
    result = None
    with editor_on_xvfb(tmp_path, DROP_SCRIPT) as (run, display):
        while True:
            line = next_line(run, ("DRAG ", "RESULT "))
            if not line:
                break
            step, data = line.split(" ", 1)
            data = json.loads(data)
            if step == "DRAG":
                Hand(display).drag(data["start"], data["margin"], data["end"])
            else:
                result = data
                break
        run.wait(timeout=60)
    assert result is not None, errors(run)[-3000:]
    assert result["platform"] == "xcb"
    assert result["added"] == ["chatbot"] and result["label"] == "Chatbot"  # in German, as the catalogue names it
    assert result["undo"] == 1 and result["gaps"] == 0
    assert result["current"] == result["id"]  # the new column is the current one
    assert [tp.catalogue_id for tp in load(tmp_path / "gap.journey").touchpoints if tp.phase == "interest"] == \
        ["chatbot"]
