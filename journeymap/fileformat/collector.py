"""Python's cyclic garbage collector kept off while a journey is read or built.

Reading a big journey allocates hundreds of thousands of objects (parsed JSON, then the frozen values) and none of
them is garbage yet; the collector, triggered by the allocations alone, walks them again and again (about half of
the time of a load of 10,000 touchpoints). `collector_off()` pauses it for the block and turns it back on only
if it was on when the block began: a caller that keeps it off (`app.worker_gc` while a worker thread reads) is
never overridden. (That also makes it safe on worker threads: they run inside such a pause, so the block leaves
the collector as it found it.)
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_off() -> Iterator[None]:
    """Keep the cyclic garbage collector off inside the block (see the module)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
