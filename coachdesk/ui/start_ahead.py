"""What start-up runs ahead of the window, off the GUI thread or after its first paint.

The first page (the coachee list and the home screen) is read without the ORM on a
plain thread started before Qt is imported (``read_ahead``); the page check of the
store starts with its open (``check_pages_ahead``); the store opens for real in the
background (``DeferredPractice``, through ui/tasks.py); ``after_first_paint`` runs
what can wait until the first page is on screen. ui/app.py puts them together.
"""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coachdesk.ui.tasks import Task

log = logging.getLogger(__name__)

OPENING_SWITCH_INTERVAL = 0.001  # seconds (DeferredPractice._open)


class DeferredPractice:
    """Opens the store in the background (ui/tasks.py); using it before then waits for it."""

    def __init__(self, folder: Path):
        self._folder = folder
        self._task: Task | None = None
        self._on_finished: Any = None
        self._finished = False  # the outcome has reached the GUI thread
        self._practice: Any = None
        self._error: BaseException | None = None

    def start(self, on_finished: Any = None) -> None:
        """Begin opening; ``on_finished()`` is called on the GUI thread once it has
        opened or failed (at once if that was already reported)."""
        if on_finished is not None:
            self._on_finished = on_finished
        if self._task is None:
            from coachdesk.ui.tasks import run_task

            self._task = run_task(self._open, on_done=self._opened, on_error=self._failed)
        elif self._finished and on_finished is not None:
            on_finished()

    def _open(self, _ctx: Any) -> Any:
        # The imports below hold the GIL for half a second: hand it back to the GUI
        # thread within a millisecond (not Python's 5) while they run, so the page shown
        # meanwhile answers the coach as quickly as before.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, OPENING_SWITCH_INTERVAL))
        try:
            from coachdesk.core.practice import Practice

            return Practice.open(str(self._folder))
        finally:
            sys.setswitchinterval(interval)

    def _opened(self, practice: Any) -> None:
        self._practice = practice
        self._report()

    def _failed(self, error: BaseException) -> None:
        self._error = error
        self._report()

    def _report(self) -> None:
        self._finished = True
        if self._on_finished is not None:
            self._on_finished()

    def result(self) -> Any:
        """The open practice (waits for it; an open error is raised)."""
        if not self._finished:
            if self._task is None:  # used before the list painted: open it now
                self.start()
            if not self._finished:  # (with synchronous tasks it has been reported)
                assert self._task is not None
                return self._task.wait()
        if self._error is not None:
            raise self._error
        return self._practice

    def opened(self) -> Any:
        """The practice if it has opened, else None; never waits."""
        if self._finished:
            return self._practice
        task = self._task
        if task is None or not task.done.is_set() or task.error is not None:
            return None
        return task.result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.result(), name)


class _Ahead:
    """One read on a plain thread, started before Qt is imported (no QThreadPool yet)."""

    def __init__(self, work: Any, name: str):
        self._work = work
        self._result: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._result = self._work()
        except Exception as exc:  # noqa: BLE001 - handed to wait(); the normal open reports it
            self._error = exc

    def wait(self) -> Any:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


def read_ahead(folder: Path) -> _Ahead:
    """Read the coachee list and the home screen (core/peek.py) in the background from
    the first moment, before Qt is imported.

    SQLite releases the GIL while it runs the query, so the reads overlap the imports.
    ``wait()`` gives (rows, home), or None when the store needs the normal open (that
    open reports any problem).
    """

    def peek() -> Any:
        from coachdesk.core.peek import peek_first_page

        return peek_first_page(folder)

    return _Ahead(peek, "coachdesk-peek")


def check_pages_ahead(folder: Path) -> None:
    """Start reading every page of the store (store/precheck.py) for the open that starts
    now: SQLite's check runs on the other core while the ORM imports. Not sooner: beside
    the first page it took that core from the read the window waits for."""

    def check() -> None:
        from coachdesk.core.peek import check_ahead

        check_ahead(folder)

    _Ahead(check, "coachdesk-precheck")


def read_ahead_result(ahead: _Ahead) -> Any:
    try:
        return ahead.wait()
    except Exception as exc:  # noqa: BLE001 - the normal open reports it
        log.warning("the coachee list could not be read ahead: %s", type(exc).__name__)
        return None


def after_first_paint(widget: Any, then: Any, latest_ms: int = 400) -> None:
    """Call ``then`` once, just after ``widget`` first paints (or after ``latest_ms``)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        def __init__(self) -> None:
            super().__init__(widget)
            self.pending = True
            widget.installEventFilter(self)
            QTimer.singleShot(latest_ms, self.fire)

        def eventFilter(self, _watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and self.pending:
                QTimer.singleShot(0, self.fire)
            return False

        def fire(self) -> None:
            if self.pending:
                self.pending = False
                widget.removeEventFilter(self)
                then()

    Watch()
