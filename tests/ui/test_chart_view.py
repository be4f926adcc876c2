"""ChartView's drawing: once per data, size and palette; a resize never postpones it."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication
from reportlab.graphics.shapes import Drawing, String

from coachdesk.ui.widgets import chart_view
from coachdesk.ui.widgets.chart_view import ChartView


def _counting(text: str, calls: list[str]):
    def build(width: float, height: float, dark: bool) -> Drawing:
        calls.append(text)
        drawing = Drawing(width, height)
        drawing.add(String(10, 10, text))
        return drawing

    return build


def test_the_same_data_is_not_drawn_again(qtbot):
    chart_view._svg_cache.clear()
    calls: list[str] = []
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 240)
    view.set_chart(_counting("eerste", calls), key="a")
    assert calls == ["eerste"] and b"eerste" in view.last_svg
    view.set_chart(_counting("eerste", calls), key="a")  # the same trajectory shown again
    view.redraw()
    assert calls == ["eerste"]
    view.set_chart(_counting("tweede", calls), key="b")
    assert calls == ["eerste", "tweede"] and b"tweede" in view.last_svg
    other = ChartView()  # another view of the same data at the same size: from the cache
    qtbot.addWidget(other)
    other.resize(600, 240)
    other.set_chart(_counting("eerste", calls), key="a")
    assert calls == ["eerste", "tweede"] and b"eerste" in other.last_svg
    view.set_chart(_counting("zonder sleutel", calls))  # no key: drawn every time
    view.redraw()
    assert calls[2:] == ["zonder sleutel", "zonder sleutel"]


def test_new_data_waiting_shows_nothing_old_and_a_resize_does_not_postpone_it(qtbot):
    chart_view._svg_cache.clear()
    calls: list[str] = []
    view = ChartView()
    qtbot.addWidget(view)
    view.resize(600, 240)
    view.set_chart(_counting("oud", calls), key="oud")
    view.set_chart(_counting("nieuw", calls), delay_ms=20, key="nieuw")
    assert view.last_svg == b"" and view._timer.isActive()  # not the old chart meanwhile
    remaining = view._timer.remainingTime()
    QApplication.sendEvent(view, QResizeEvent(QSize(610, 240), QSize(600, 240)))
    assert view._timer.remainingTime() <= remaining  # not restarted at the resize delay
    qtbot.waitUntil(lambda: b"nieuw" in view.last_svg, timeout=1000)
    assert calls == ["oud", "nieuw"]


def test_drawn_on_a_worker_the_old_chart_stays_until_the_new_one_is_there(qtbot):
    import threading

    chart_view._svg_cache.clear()
    calls: list[str] = []
    threads: list[str] = []
    release = threading.Event()

    def slow(text: str):
        inner = _counting(text, calls)

        def build(width: float, height: float, dark: bool) -> Drawing:
            threads.append(threading.current_thread().name)
            release.wait(5)
            return inner(width, height, dark)

        return build

    view = ChartView(background=True)
    qtbot.addWidget(view)
    view.resize(600, 240)
    release.set()
    view.set_chart(slow("eerste"), key="a")
    qtbot.waitUntil(lambda: b"eerste" in view.last_svg)
    release.clear()
    view.set_chart(slow("tweede"), key="b")
    view.set_chart(slow("tweede"), key="b")  # asked again while on its way: drawn once
    assert b"eerste" in view.last_svg  # not blank while the new one is drawn
    release.set()
    qtbot.waitUntil(lambda: b"tweede" in view.last_svg)
    assert calls == ["eerste", "tweede"]
    assert threading.main_thread().name not in threads
    view.set_chart(slow("eerste"), key="a")  # drawn before: from the cache, at once
    assert b"eerste" in view.last_svg and calls == ["eerste", "tweede"]
