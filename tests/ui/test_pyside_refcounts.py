"""Guards against PySide6 builds that lose references to Python singletons.

PySide6 6.12.0 on Python 3.11 dropped a reference to True on every signal
delivered to a Python slot, and the app aborted ("bool_dealloc") after a few
thousand signals — e.g. on quitting after a PDF preview. pyproject.toml keeps
such builds out; this test fails if one comes back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ticked = Signal(int, int)
    changed = Signal(object)


def test_signals_to_python_slots_keep_true_and_none_alive(qapp):
    emitter = _Emitter()
    seen: list[object] = []
    emitter.ticked.connect(lambda done, total: None)
    emitter.changed.connect(seen.append)
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for n in range(3000):
        emitter.ticked.emit(n, 3000)
        emitter.changed.emit(n % 2 == 0)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert len(seen) == 3000
    assert all(a >= b - 100 for a, b in zip(after, before, strict=True)), (before, after)
