"""One application-wide object that tells every view what the practice's data did.

    bus().practiceChanged.connect(view.on_practice_changed)

``ui/tasks.run_op`` emits ``practiceChanged(changes)`` after every write (a
``core.changes.Changes``); each view refreshes only what the change touches.
No view is refreshed by a call that some action remembered to make.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Bus(QObject):
    practiceChanged = Signal(object)  # core.changes.Changes


_bus: Bus | None = None


def bus() -> Bus:
    global _bus
    if _bus is None:
        _bus = Bus()
    return _bus
