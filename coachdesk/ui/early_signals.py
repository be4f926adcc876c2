"""A SIGTERM that arrives while the window is still being built: remembered from the
first moment of the process (before Qt is imported) and acted on once the window's
own handlers exist (ui/backup_ui.QuitHandlers), not a silent death."""

from __future__ import annotations

import contextlib
import signal

_pending: list[int] = []


def catch_sigterm() -> None:
    with contextlib.suppress(ValueError):  # not the main thread: nothing to catch
        signal.signal(signal.SIGTERM, lambda signum, _frame: _pending.append(signum))


def take_sigterm() -> bool:
    """Did a SIGTERM arrive before the handlers took over? (Asked once.)"""
    arrived = bool(_pending)
    _pending.clear()
    return arrived
