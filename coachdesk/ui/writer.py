"""One writer per editor: saves run off the GUI thread, in order, coalesced by key.

    writer = SerialWriter(parent)
    writer.submit("notes", lambda: practice.notes.save_draft(...), on_done=...)

Writes run one at a time through ui/tasks.run_task, in the order submitted. A
write submitted under a key that is still waiting replaces the waiting one (the
newest text wins, the older snapshot is never written after it). ``flush()``
writes everything still waiting on the calling (GUI) thread, after the write in
flight has finished: the editor calls it when it closes, so nothing is lost and
nobody is ever asked "did you save?".

A write that failed (store busy, disk full) is kept per key until a newer write
of that key lands or ``retry_failed()`` gets it through; ``has_failed`` tells
the editor's window not to close while something is unsaved.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Signal

from coachdesk.core.changes import Changes, current_recorder, recording
from coachdesk.ui.tasks import publish, run_task

Callback = Callable[[Any], None]


@dataclass
class _Write:
    key: str
    work: Callable[[], Any]
    on_done: Callback | None = None
    on_error: Callable[[BaseException], None] | None = None
    result: Any = None
    error: BaseException | None = None
    changes: Changes | None = None
    handled: bool = False
    finished: threading.Event = field(default_factory=threading.Event)


class SerialWriter(QObject):
    """Runs writes off the GUI thread, one at a time, newest-per-key wins."""

    written = Signal(str)  # the key of a write that landed
    failed = Signal(str, object)  # key, exception
    idle = Signal()  # nothing waiting or running any more

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._queue: list[_Write] = []
        self._inflight: _Write | None = None
        self._failed: dict[str, _Write] = {}  # the last failed write per key
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
        return self._inflight is not None or bool(self._queue)

    @property
    def has_failed(self) -> bool:
        """A write failed and nothing newer for its key has landed since."""
        return bool(self._failed)

    def retry_failed(self) -> None:
        """Submit the failed writes again (a newer write of the same key still wins)."""
        failed, self._failed = self._failed, {}
        for write in failed.values():
            if not any(w.key == write.key for w in self._queue):
                self.submit(write.key, write.work, write.on_done, write.on_error)

    def flush(self) -> None:
        """Finish the write in flight, then write everything still waiting, on this thread.

        When it returns, every submitted write has reached the database (or failed,
        and its on_error has been called).
        """
        inflight = self._inflight
        if inflight is not None:
            inflight.finished.wait()
            self._settle(inflight)
        waiting, self._queue = self._queue, []
        for write in waiting:
            self._execute(write)
            self._settle(write)

    def _pump(self) -> None:
        if self._inflight is not None:
            return
        if not self._queue:
            self.idle.emit()
            return
        write = self._queue.pop(0)
        self._inflight = write
        run_task(
            lambda _ctx: self._execute(write),
            on_done=lambda _r: self._finish(write),
            on_error=lambda _e: self._finish(write),
        )

    def _finish(self, write: _Write) -> None:
        self._settle(write)
        self._pump()

    def _settle(self, write: _Write) -> None:
        """Report a finished write once (from the task's signal or from flush)."""
        if write.handled:
            return
        write.handled = True
        if self._inflight is write:
            self._inflight = None
        if write.changes is not None and current_recorder() is None:
            publish(write.changes)  # inside an operation, that operation publishes it
        if write.error is None:
            self._failed.pop(write.key, None)
            if write.on_done:
                write.on_done(write.result)
            self.written.emit(write.key)
        else:
            newer = self._inflight is not None and self._inflight.key == write.key
            if not newer and not any(w.key == write.key for w in self._queue):
                self._failed[write.key] = write
            if write.on_error:
                write.on_error(write.error)
            self.failed.emit(write.key, write.error)

    # --- any thread ---------------------------------------------------------

    def _execute(self, write: _Write) -> None:
        try:
            with self._lock, recording() as recorder:
                try:
                    write.result = write.work()
                finally:
                    write.changes = recorder.changes
        except Exception as exc:  # noqa: BLE001 - reported through on_error
            write.error = exc
        finally:
            write.finished.set()
