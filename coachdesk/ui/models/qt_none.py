"""Work around a reference-count bug: returning None from a model's data() (PySide6 6.12).

When a Python override of QAbstractItemModel.data()/headerData() returns None
("no data for this role"), PySide6 6.12 on Python 3.11 releases one reference
to None too many. Over a long session (or a 10,000-row list) None's count
reaches zero and the interpreter aborts with "none_dealloc". Models return
``no_data()`` instead of None: it adds back the one reference when the bug is
present (checked once, at import) and is a plain ``None`` otherwise. Python 3.12+
has an immortal None, where the extra release is harmless.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


class _Probe(QAbstractListModel):
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> None:
        return None


def _leaks_none() -> bool:
    if sys.version_info >= (3, 12):
        return False
    probe = _Probe()
    index = probe.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(50):
        index.data()
    leaked = sys.getrefcount(None) < before - 25
    for _ in range(50 if leaked else 0):
        _incref(None)  # give back what the probe itself cost
    return leaked


LEAKS_NONE = _leaks_none()


def _compensated() -> None:
    _incref(None)
    return None


def _plain() -> None:
    return None


no_data = _compensated if LEAKS_NONE else _plain
