"""The one way to run slow work off the GUI thread.

    task = run_task(work, on_done=..., on_error=..., on_progress=...)

``work`` is a plain function that takes a ``TaskContext`` (to report progress
and see whether it was cancelled) and returns a result. It runs on Qt's global
thread pool; ``on_done``/``on_error``/``on_progress`` are called on the GUI
thread. Errors arrive as exceptions: a CoachDeskError carries a translated
message for the user. Tests make everything synchronous with
``set_synchronous(True)`` (or the ``synchronous_tasks`` fixture).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

_synchronous = False


def set_synchronous(value: bool) -> None:
    """Run tasks inline on the calling thread (deterministic tests)."""
    global _synchronous
    _synchronous = value


class TaskCancelled(Exception):
    """Raised inside work when the user cancelled; reported as cancelled, not failed."""


class TaskContext:
    def __init__(self, emit_progress: Callable[[int, int], None]):
        self._cancel = threading.Event()
        self._emit = emit_progress

    def progress(self, done: int, total: int) -> None:
        self._emit(done, total)
        if self._cancel.is_set():
            raise TaskCancelled()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class Task(QObject):
    """Signals of one piece of background work; delivered on the GUI thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, work: Callable[[TaskContext], Any]):
        super().__init__()
        self.work = work
        self.context = TaskContext(self.progressed.emit)
        self.running = False

    def cancel(self) -> None:
        self.context.cancel()

    def execute(self) -> None:
        self.running = True
        try:
            result = self.work(self.context)
        except TaskCancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to on_error
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)
        finally:
            self.running = False
            self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task.execute()


_alive: set[Task] = set()  # keep Python wrappers alive until finished


def run_task(
    work: Callable[[TaskContext], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    task = Task(work)
    if on_progress:
        task.progressed.connect(on_progress)
    if on_done:
        task.succeeded.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    if on_cancelled:
        task.cancelled.connect(on_cancelled)
    _alive.add(task)
    task.finished.connect(lambda: _alive.discard(task))
    if _synchronous:
        task.execute()
    else:
        QThreadPool.globalInstance().start(_Runnable(task))
    return task


def shutdown(timeout_ms: int = 10_000) -> None:
    """At quit: cancel what still runs and wait for the workers to stop."""
    for task in list(_alive):
        task.cancel()
    QThreadPool.globalInstance().waitForDone(timeout_ms)
