"""End to end under a real X server: a 2,000-touchpoint journey cleared and duplicated with the keyboard.

The German editor runs in a subprocess on Xvfb in a 1366×768 window and opens a journey of 2,000 touchpoints and
4,000 links at the view it opens with. The hand (XTEST keys and pointer, see `tests.helpers.xvfb`) clicks the
canvas's empty margin, then presses Ctrl+A, Del, Ctrl+Z, Ctrl+A, Ctrl+C, Ctrl+V, Ctrl+Z, Ctrl+Y and Ctrl+S. After each
key the editor reports what the journey and the selection hold. A delete of everything once took 90 s and a paste
56 s (every item re-announced the selection): each step here must be done long before its 30 s limit, which only
catches a hang, not a slow run; the figures are in `python -m benchmarks edit`. The saved file is read back.
"""

from __future__ import annotations

import json

import pytest

from benchmarks.make_big import make_big
from journeymap.fileformat import load, save
from tests.helpers.xvfb import EDITOR, Hand, editor_on_xvfb, errors, next_line

SCRIPT = EDITOR + r'''
from PySide6.QtCore import QPoint

path = tmp / "big.journey"
project = lambda: window.document.project




def state():
    return {"touchpoints": len(project().touchpoints), "links": len(project().links),
            "selected": len(window.scene.selectedItems()), "steps": window.document.undo_stack.count(),
            "modified": window.document.is_modified()}


result = {"platform": QApplication.platformName()}
window.files.open_path(path)
wait(lambda: len(project().touchpoints) == 2000, 30.0)
QTest.qWait(300)
margin = window.view.viewport().mapToGlobal(QPoint(6, window.view.viewport().height() - 6))
tell("CLICK", at=[margin.x(), margin.y()])
wait(lambda: window.view.hasFocus())
result["focus"] = window.view.hasFocus()
for name, keys, done in (
        ("select all", ["Control_L", "a"], lambda: len(window.scene.selectedItems()) == 6000),
        ("delete", ["Delete"], lambda: not project().touchpoints),
        ("undo", ["Control_L", "z"], lambda: len(project().touchpoints) == 2000),
        ("select all again", ["Control_L", "a"], lambda: len(window.scene.selectedItems()) == 6000),
        ("copy", ["Control_L", "c"], lambda: QApplication.clipboard().mimeData().formats() != []),
        ("paste", ["Control_L", "v"], lambda: len(project().touchpoints) == 4000),
        ("undo paste", ["Control_L", "z"], lambda: len(project().touchpoints) == 2000),
        ("redo paste", ["Control_L", "y"], lambda: len(project().touchpoints) == 4000),
        ("save", ["Control_L", "s"], lambda: not window.document.is_modified())):
    tell("KEY", keys=keys)
    start = time.monotonic()
    finished = wait(done, 30.0)
    result[name] = {"done": finished, "seconds": round(time.monotonic() - start, 2), **state()}
    QTest.qWait(150)
print("RESULT " + json.dumps(result), flush=True)
QApplication.clipboard().clear()
window.close()
'''


@pytest.mark.xvfb
def test_clear_and_duplicate_a_2000_card_journey_with_the_keyboard(tmp_path):
    save(make_big(2_000, 4_000), tmp_path / "big.journey")
    result, seen = None, []
    with editor_on_xvfb(tmp_path, SCRIPT) as (run, display):
        while True:
            line = next_line(run, ("CLICK ", "KEY ", "RESULT "), timeout=120)
            if not line:
                break
            step, data = line.split(" ", 1)
            seen.append(step)
            data = json.loads(data)
            if step == "CLICK":
                Hand(display).click(*data["at"])
            elif step == "KEY":
                Hand(display).chord(*data["keys"])
            else:
                result = data
                break
        run.wait(timeout=60)
    assert result is not None, f"steps {seen}; stderr: {errors(run)[-3000:]}"
    assert result["platform"] == "xcb" and result["focus"]
    steps = {name: result[name] for name in ("select all", "delete", "undo", "select all again", "copy", "paste",
                                             "undo paste", "redo paste", "save")}
    assert all(step["done"] for step in steps.values()), steps
    assert steps["select all"]["selected"] == 6000  # 2,000 cards and 4,000 links
    assert steps["delete"]["touchpoints"] == 0 and steps["delete"]["links"] == 0 and steps["delete"]["selected"] == 0
    assert steps["delete"]["steps"] == 1  # one undo step for the whole delete
    assert steps["undo"]["touchpoints"] == 2000 and steps["undo"]["links"] == 4000
    assert steps["paste"]["touchpoints"] == 4000 and steps["paste"]["links"] == 8000
    assert steps["paste"]["selected"] == 6000  # the pasted copy is selected
    assert steps["undo paste"]["touchpoints"] == 2000 and steps["undo paste"]["selected"] == 0
    assert steps["redo paste"]["touchpoints"] == 4000 and steps["redo paste"]["modified"]
    assert not steps["save"]["modified"]
    saved = load(tmp_path / "big.journey")
    original = make_big(2_000, 4_000)
    assert len(saved.touchpoints) == 4000 and len(saved.links) == 8000
    assert [t.id for t in saved.touchpoints[:2000]] == [t.id for t in original.touchpoints]
    assert [lk.id for lk in saved.links[:4000]] == [lk.id for lk in original.links]
    copies = sorted((t.label, t.phase) for t in saved.touchpoints[2000:])
    assert copies == sorted((t.label, t.phase) for t in original.touchpoints)
