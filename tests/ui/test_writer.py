from __future__ import annotations

import threading

from coachdesk.ui.writer import SerialWriter


def test_writes_run_off_the_gui_thread_in_order_and_coalesce(qtbot):
    writer = SerialWriter()
    gui = threading.get_ident()
    log: list[tuple[str, bool]] = []
    gate = threading.Event()

    def slow(name: str):
        def work():
            gate.wait(2)
            log.append((name, threading.get_ident() != gui))

        return work

    def fast(name: str):
        return lambda: log.append((name, threading.get_ident() != gui))

    writer.submit("notes", slow("notes v1"))  # in flight, held at the gate
    writer.submit("notes", fast("notes v2"))  # waits
    writer.submit("details", fast("details"))
    writer.submit("notes", fast("notes v3"))  # replaces v2 in its place in the queue
    gate.set()
    qtbot.waitUntil(lambda: not writer.pending, timeout=3000)
    assert log == [("notes v1", True), ("notes v3", True), ("details", True)]


def test_flush_waits_for_the_write_in_flight_and_reports_failures(qtbot):
    writer = SerialWriter()
    order: list[str] = []
    errors: list[BaseException] = []
    written: list[str] = []
    failed: list[str] = []
    writer.written.connect(written.append)
    writer.failed.connect(lambda key, _exc: failed.append(key))
    started, gate = threading.Event(), threading.Event()

    def slow():
        started.set()
        gate.wait(10)  # held in flight until flush() waits for it
        order.append("in flight")

    writer.submit("a", slow)
    writer.submit("b", lambda: order.append("waiting"))
    writer.submit("c", lambda: 1 / 0, on_error=errors.append)
    assert started.wait(10)

    class OpensTheGate(threading.Event):
        def wait(self, timeout: float | None = None) -> bool:
            gate.set()  # flush() now waits for the write in flight: let that write finish
            return super().wait(timeout)

    writer._inflight.finished = OpensTheGate()  # the write is held at the gate till then
    writer.flush()
    assert order == ["in flight", "waiting"]
    assert isinstance(errors[0], ZeroDivisionError) and not writer.pending
    assert written == ["a", "b"] and failed == ["c"]
    # The in-flight write's own task signal arrives only now, on the event loop; when it
    # has been handled the writer goes idle. It must not report anything a second time.
    with qtbot.waitSignal(writer.idle, timeout=10_000):
        pass
    assert len(errors) == 1 and written == ["a", "b"] and failed == ["c"]
    assert order == ["in flight", "waiting"]
