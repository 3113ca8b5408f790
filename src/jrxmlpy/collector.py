"""Python's cyclic garbage collector while jrxmlpy works on a document.

A fill makes tens of thousands of print elements that live as long as the document, and an
export walks them again making many small objects: each full collection in between walks all
of them (a fifth of the CPU time of a 20,000 record fill, a third of a 27-page XLSX export).
Neither makes much cyclic garbage, so while they run the collector runs less often, and a fill
moves what it made for the pages it finished out of the collector's generations
(:func:`freeze_survivors`): its later collections walk only the objects of the page at hand."""

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
#: Whether running fills may freeze objects: the permanent generation was empty when the first began
_gc_may_freeze = False
_gc_froze = False  # whether they did (the permanent generation is emptied when the last ends)
#: A fill freezing objects first collects the young generations when they hold more objects
#: than this (a page of a plain report makes a few hundred; a page with subreports, whose
#: fillers become cyclic garbage when they end, thousands).
YOUNG_COLLECTION_LIMIT = 2000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """While fills or exports run: Python's cyclic garbage collector runs ten times less
    often.  The thresholds the application had are put back when the last running one
    ends; a collector that is disabled or already set to run less often is left alone.
    Objects fills froze (:func:`freeze_survivors`) are unfrozen when the last running one
    ends: they go to the oldest generation, where the next full collection frees those
    that are garbage by then (the fill's own objects, which refer to each other)."""
    global _gc_fills, _gc_saved, _gc_may_freeze, _gc_froze
    with _gc_lock:
        if _gc_fills == 0:
            saved = gc.get_threshold()
            if 0 < saved[0] < FILL_GC_THRESHOLD:
                _gc_saved = saved
                gc.set_threshold(FILL_GC_THRESHOLD, *saved[1:])
            # an application that froze objects itself (gc.freeze before forking workers)
            # keeps them frozen: fills then freeze nothing, so unfreezing cannot touch them
            _gc_may_freeze = gc.get_freeze_count() == 0
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
            if _gc_fills == 0:
                if _gc_froze:
                    gc.unfreeze()
                _gc_may_freeze = _gc_froze = False


def freeze_survivors() -> None:
    """Called by a fill when it finished a page: the objects made so far that are alive
    (the page's prints, which live as long as the document) leave the collector's
    generations (``gc.freeze``), so its later collections during the fill do not walk them
    again; without this, each print is walked by a young and by a middle-generation
    collection.  The young generations are first collected when they hold more than
    :data:`YOUNG_COLLECTION_LIMIT` objects, so what nested fills left as cyclic garbage is
    freed rather than frozen; cyclic garbage among fewer young objects stays frozen until
    the last running fill or export ends.  Does nothing outside :func:`fewer_collections`,
    when the collector is disabled, or when the application had frozen objects itself."""
    global _gc_froze
    if not _gc_may_freeze or not gc.isenabled():
        return
    if gc.get_count()[0] > YOUNG_COLLECTION_LIMIT:
        gc.collect(1)  # (not under the lock: finalizers of the garbage may end a fill)
    with _gc_lock:
        if _gc_may_freeze:  # (still within a fill or export)
            gc.freeze()
            _gc_froze = True
