"""The window's start puts Python's own import back after PySide6 (ui/pyside_import.py)."""

from __future__ import annotations

import builtins
import linecache
import sys

from coachdesk.ui import pyside_import


def test_modules_imported_after_pyside_are_not_read_for_the_feature_hook(tmp_path, monkeypatch):
    pyside_import.without_feature_hook()
    assert builtins.__import__ is builtins.__orig_import__  # type: ignore[attr-defined]
    module = tmp_path / "coachdesk_probe_module.py"
    module.write_text("VALUE = 41 + 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import coachdesk_probe_module  # type: ignore[import-not-found]

    assert coachdesk_probe_module.VALUE == 42
    assert str(module) not in linecache.cache  # its source was not read and kept
    sys.modules.pop("coachdesk_probe_module", None)


def test_qt_works_as_before_without_the_hook(qapp):
    pyside_import.without_feature_hook()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    label = QLabel("Wat er op je wacht")
    label.setAlignment(Qt.AlignmentFlag.AlignRight)
    assert label.text() == "Wat er op je wacht"
    assert label.alignment() & Qt.AlignmentFlag.AlignRight
    assert not hasattr(label, "set_text")  # PySide6's default API (no snake_case feature)
