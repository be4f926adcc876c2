from __future__ import annotations

import threading

from coachdesk.errors import NotFoundError
from coachdesk.ui.tasks import run_task, set_synchronous


def test_background_result_arrives_on_the_gui_thread(qtbot):
    gui = threading.get_ident()
    seen: dict[str, object] = {}

    def work(ctx):
        seen["worker"] = threading.get_ident()
        for n in range(3):
            ctx.progress(n + 1, 3)
        return 42

    progress: list[tuple[int, int]] = []
    task = run_task(
        work,
        on_done=lambda r: seen.update(result=r, thread=threading.get_ident()),
        on_progress=lambda d, t: progress.append((d, t)),
    )
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen["result"] == 42 and seen["thread"] == gui and seen["worker"] != gui
    qtbot.waitUntil(lambda: progress == [(1, 3), (2, 3), (3, 3)], timeout=5000)
    assert not task.running


def test_errors_and_cancel(qtbot):
    set_synchronous(True)
    try:
        errors: list[BaseException] = []
        run_task(
            lambda ctx: (_ for _ in ()).throw(NotFoundError("coachee", 3)), on_error=errors.append
        )
        assert isinstance(errors[0], NotFoundError)

        cancelled: list[bool] = []

        def work(ctx):
            ctx.cancel()
            ctx.progress(1, 2)
            return "never"

        done: list[object] = []
        run_task(work, on_done=done.append, on_cancelled=lambda: cancelled.append(True))
        assert cancelled == [True] and done == []
    finally:
        set_synchronous(False)
