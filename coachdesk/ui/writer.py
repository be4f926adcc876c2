"""One writer per editor: saves run off the GUI thread, in order, coalesced by key.

    writer = SerialWriter(parent)
    writer.submit("notes", lambda: practice.save_note_draft(...), on_done=...)

Writes run one at a time through ui/tasks.run_task, in the order submitted. A
write submitted under a key that is still waiting replaces the waiting one (the
newest text wins, the older snapshot is never written after it). ``flush()``
writes everything still waiting on the calling (GUI) thread, after the write in
flight has finished: the editor calls it when it closes, so nothing is lost and
nobody is ever asked "did you save?".
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from coachdesk.ui.tasks import run_task

Callback = Callable[[Any], None]


@dataclass
class _Write:
    key: str
    work: Callable[[], Any]
    on_done: Callback | None = None
    on_error: Callable[[BaseException], None] | None = None


class SerialWriter(QObject):
    """Runs writes off the GUI thread, one at a time, newest-per-key wins."""

    written = Signal(str)  # the key of a write that landed
    failed = Signal(str, object)  # key, exception
    idle = Signal()  # nothing waiting or running any more

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: list[_Write] = []
        self._busy = False
        self._lock = threading.Lock()  # held while a write runs, on whichever thread

    # --- GUI thread ---------------------------------------------------------

    def submit(
        self,
        key: str,
        work: Callable[[], Any],
        on_done: Callback | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        write = _Write(key, work, on_done, on_error)
        for n, waiting in enumerate(self._queue):
            if waiting.key == key:
                self._queue[n] = write
                break
        else:
            self._queue.append(write)
        self._pump()

    @property
    def pending(self) -> bool:
        return self._busy or bool(self._queue)

    def flush(self) -> None:
        """Write everything still waiting, now, on this thread (after the one in flight)."""
        waiting, self._queue = self._queue, []
        for write in waiting:
            try:
                result = self._run(write.work)
            except Exception as exc:  # noqa: BLE001 - reported like a background failure
                self._failed(write, exc)
            else:
                self._done(write, result)

    def _pump(self) -> None:
        if self._busy or not self._queue:
            if not self._busy:
                self.idle.emit()
            return
        write = self._queue.pop(0)
        self._busy = True
        run_task(
            lambda _ctx: self._run(write.work),
            on_done=lambda result: self._finish(write, result, None),
            on_error=lambda exc: self._finish(write, None, exc),
        )

    def _finish(self, write: _Write, result: Any, error: BaseException | None) -> None:
        self._busy = False
        if error is None:
            self._done(write, result)
        else:
            self._failed(write, error)
        self._pump()

    def _done(self, write: _Write, result: Any) -> None:
        if write.on_done:
            write.on_done(result)
        self.written.emit(write.key)

    def _failed(self, write: _Write, error: BaseException) -> None:
        if write.on_error:
            write.on_error(error)
        self.failed.emit(write.key, error)

    # --- any thread ---------------------------------------------------------

    def _run(self, work: Callable[[], Any]) -> Any:
        with self._lock:
            return work()
