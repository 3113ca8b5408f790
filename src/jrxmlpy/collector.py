"""Python's cyclic garbage collector while jrxmlpy works on a document.

A fill makes tens of thousands of print elements that live as long as the document, and an
export walks them again making many small objects: each full collection in between walks all
of them (a fifth of the CPU time of a 20,000 record fill, a third of a 27-page XLSX export).
Neither makes much cyclic garbage, so while they run the collector runs less often."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Python's first garbage collection threshold while a fill or an export runs (the default is 700).
FILL_GC_THRESHOLD = 7000
_gc_lock = threading.Lock()
_gc_fills = 0  # fills and exports running (in any thread)
_gc_saved: tuple[int, ...] | None = None  # the thresholds to put back when the last ends


@contextmanager
def fewer_collections() -> Iterator[None]:
    """While fills or exports run: Python's cyclic garbage collector runs ten times less
    often.  The thresholds the application had are put back when the last running one
    ends; a collector that is disabled or already set to run less often is left alone."""
    global _gc_fills, _gc_saved
    with _gc_lock:
        if _gc_fills == 0:
            saved = gc.get_threshold()
            if 0 < saved[0] < FILL_GC_THRESHOLD:
                _gc_saved = saved
                gc.set_threshold(FILL_GC_THRESHOLD, *saved[1:])
        _gc_fills += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_fills -= 1
            if _gc_fills == 0 and _gc_saved is not None:
                if gc.get_threshold()[0] == FILL_GC_THRESHOLD:  # (not changed since by someone else)
                    gc.set_threshold(*_gc_saved)
                _gc_saved = None
