"""The one way to run practice operations and slow work.

    result = run_op(practice.sessions.create, trajectory_id, starts_at)
    task = run_op_task(work, on_done=..., on_error=..., on_progress=...)
    task = run_task(work, on_done=..., on_error=..., on_progress=...)

``run_op`` runs a write (or a read) on the calling thread, records what it
changed and emits ``practiceChanged(changes)`` on the bus (ui/bus.py) so every
view refreshes what it touched. ``run_op_task`` does the same off the GUI
thread, for slow operations (demo data, imports, restores).

``work`` is a plain function that takes a ``TaskContext`` (to report progress
and see whether it was cancelled) and returns a result. It runs on Qt's global
thread pool; ``on_done``/``on_error``/``on_progress`` are called on the GUI
thread. Errors arrive as exceptions: a CoachDeskError carries a translated
message for the user. Tests make everything synchronous with
``set_synchronous(True)`` (or the ``synchronous_tasks`` fixture).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from coachdesk.core.changes import Changes, current_recorder, recording
from coachdesk.errors import CoachDeskError
from coachdesk.ui.bus import bus

log = logging.getLogger(__name__)
T = TypeVar("T")

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
        self.done = threading.Event()  # set when the work has ended, however
        self.result: Any = None
        self.error: BaseException | None = None

    def cancel(self) -> None:
        self.context.cancel()

    def execute(self) -> None:
        self.running = True
        try:
            result = self.work(self.context)
        except TaskCancelled:
            self.done.set()
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - handed to on_error
            self.error = exc
            self.done.set()
            if not isinstance(exc, CoachDeskError):  # a user-facing error is not a bug
                log.error("background task failed", exc_info=exc)
            self.failed.emit(exc)
        else:
            self.result = result
            self.done.set()
            self.succeeded.emit(result)
        finally:
            self.running = False
            self.done.set()  # also after a BaseException (KeyboardInterrupt): wait() returns
            self.finished.emit()

    def wait(self, timeout: float | None = None) -> Any:
        """Block until the work has ended; its result (an error is raised)."""
        self.done.wait(timeout)
        if self.error is not None:
            raise self.error
        return self.result


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


def publish(changes: Changes) -> None:
    """Tell every view what changed (GUI thread)."""
    if changes:
        bus().practiceChanged.emit(changes)


def run_op(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run a practice operation on this (GUI) thread, then publish what it changed.

    Errors propagate unchanged (a CoachDeskError carries the user's sentence);
    whatever was committed before an error is published all the same. Inside
    another operation it just runs: the outer one publishes once, at its end.
    """
    if current_recorder() is not None:
        return fn(*args, **kwargs)
    try:
        with recording() as recorder:
            return fn(*args, **kwargs)
    finally:
        publish(recorder.changes)  # after the block: a view's own reads run unrecorded


def run_op_task(
    work: Callable[[TaskContext], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> Task:
    """``run_task`` for a practice operation: what it changed is published (GUI thread)
    before ``on_done``/``on_error``/``on_cancelled`` run, even when it failed half-way."""
    box: list[Changes] = []

    def recorded(ctx: TaskContext) -> Any:
        with recording() as recorder:
            try:
                return work(ctx)
            finally:
                box.append(recorder.changes)

    def then(callback: Callable[..., None] | None) -> Callable[..., None]:
        def call(*args: Any) -> None:
            if box:
                publish(box.pop())
            if callback is not None:
                callback(*args)

        return call

    return run_task(
        recorded,
        on_done=then(on_done),
        on_error=then(on_error),
        on_progress=on_progress,
        on_cancelled=then(on_cancelled),
    )
