"""``jrxmlpy.collector``: while fills and exports run, Python's garbage collector runs less
often and the objects of a fill's finished pages are frozen; when the last one ends the
collector is as the application had it (thresholds, frozen objects) and the fill's objects
are garbage a collection frees."""

from __future__ import annotations

import gc
import threading
from contextlib import ExitStack

from hypothesis import given, settings
from hypothesis import strategies as st

import jrxmlpy
from jrxmlpy import collector
from jrxmlpy.fill.vertical import ReportFiller

NS = 'xmlns="http://jasperreports.sourceforge.net/jasperreports"'
TEMPLATE = f"""<jasperReport {NS} name="gc" pageWidth="200" pageHeight="100" columnWidth="200"
    leftMargin="0" rightMargin="0" topMargin="0" bottomMargin="0">
  <field name="n" class="java.lang.Integer"/>
  <detail><band height="20"><textField><reportElement x="0" y="0" width="100" height="20"/>
    <textFieldExpression><![CDATA["row " + $F{{n}}]]></textFieldExpression></textField></band></detail>
</jasperReport>"""


def _records(count: int) -> list[dict[str, int]]:
    return [{"n": n} for n in range(count)]


def _fillers() -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, ReportFiller))


def test_a_fill_freezes_finished_pages_and_leaves_the_collector_as_it_found_it() -> None:
    report = jrxmlpy.compile(TEMPLATE)
    gc.collect()
    before = (gc.get_threshold(), gc.get_freeze_count(), _fillers())
    frozen_during = []
    stream = report.fill_stream(_records(50))  # 5 details a page: 10 pages
    for _page in stream:
        frozen_during.append(gc.get_freeze_count())
    assert len(frozen_during) == 10
    if before[1] == 0:  # (nothing else froze objects in this process)
        assert max(frozen_during) > 0
    assert gc.get_threshold() == before[0]
    assert gc.get_freeze_count() == before[1]
    del stream, _page
    gc.collect()  # the fill's objects refer to each other: a full collection frees them
    assert _fillers() == before[2]


def test_objects_the_application_froze_stay_frozen_and_nothing_more_is() -> None:
    report = jrxmlpy.compile(TEMPLATE)
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        seen = [gc.get_freeze_count() for _page in report.fill_stream(_records(50))]
        assert set(seen) == {frozen}
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_disabled_collector_freezes_nothing() -> None:
    report = jrxmlpy.compile(TEMPLATE)
    gc.disable()
    try:
        frozen = gc.get_freeze_count()
        seen = [gc.get_freeze_count() for _page in report.fill_stream(_records(50))]
        assert set(seen) == {frozen}
    finally:
        gc.enable()


def test_fills_in_threads_unfreeze_when_the_last_ends() -> None:
    report = jrxmlpy.compile(TEMPLATE)
    gc.collect()
    before = (gc.get_threshold(), gc.get_freeze_count())
    documents = []

    def fill() -> None:
        documents.append(report.fill(_records(200)))

    threads = [threading.Thread(target=fill) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [len(d.pages) for d in documents] == [40, 40, 40]
    assert (gc.get_threshold(), gc.get_freeze_count()) == before


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["enter", "exit", "freeze"]), max_size=30), st.randoms(use_true_random=False))
def test_any_interleaving_of_fills_ends_with_the_collector_as_found(steps: list[str], rnd) -> None:
    """Fills and exports (``fewer_collections``) begin and end in any order (as in several
    threads) and freeze finished pages between: while one runs the threshold is the fill's;
    once none runs, the thresholds and the frozen objects are the application's."""
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        frozen = gc.get_freeze_count()
        running: list[ExitStack] = []
        for step in steps:
            if step == "enter":
                stack = ExitStack()
                stack.enter_context(collector.fewer_collections())
                running.append(stack)
            elif step == "exit" and running:
                running.pop(rnd.randrange(len(running))).close()
            else:
                collector.freeze_survivors()
            if running:
                assert gc.get_threshold()[0] == collector.FILL_GC_THRESHOLD
            else:
                assert gc.get_threshold() == (700, 10, 10)
                assert gc.get_freeze_count() == frozen
        while running:
            running.pop().close()
        assert gc.get_threshold() == (700, 10, 10)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.set_threshold(*saved)
