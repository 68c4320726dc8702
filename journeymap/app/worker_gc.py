"""Pause Python's cyclic garbage collector while worker threads run (file opening, PDF export).

A collection frees whatever garbage exists, Qt objects of the GUI thread among it. Started by a worker's
allocations, it runs *in* the worker, and Qt objects freed there while the GUI thread uses Qt corrupt the heap
(seen as intermittent crashes in the tests). So the GUI thread collects once, then the collector stays off until
the last worker has finished. Pauses nest: every `pause()` is matched by one `resume()`.
"""

from __future__ import annotations

import gc

_pauses = 0
_was_enabled = True


def pause() -> None:
    """Collect now (on the GUI thread) and keep the collector off until the matching `resume()`."""
    global _pauses, _was_enabled
    if _pauses == 0:
        _was_enabled = gc.isenabled()
        gc.collect()
        gc.disable()
    _pauses += 1


def resume() -> None:
    """End one pause; the collector comes back on (if it was on) when no pause is left."""
    global _pauses
    if _pauses == 0:
        return
    _pauses -= 1
    if _pauses == 0 and _was_enabled:
        gc.enable()


def paused() -> bool:
    return _pauses > 0
