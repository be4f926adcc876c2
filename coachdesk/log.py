"""Logging to a rotating file in the data folder: ``logs/coachdesk.log``.

    from coachdesk import log
    log.setup(folder)          # once at start (CLI and window); never raises

The file is for a developer reading a coach's problem report, so it must never hold
personal data: no note text, names or e-mail addresses. Messages are written by our
own code (say what happened, not with what data), and every exception is written
by ``SafeFormatter``: its class and traceback frames (file, line, function, code),
never its text. A CoachDeskError's text is built from what the coach typed (a
validation message quotes a name), so only its message key is written; other
exceptions' texts can quote data as well (SQL parameters, a search query in an FTS
error, ``int('...')``), so they are withheld too; an OSError keeps its errno and the
system's reason, without the file name.

If the folder cannot be written (read-only, a file in its place, a full disk), the
app simply runs without file logging.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from coachdesk import __version__, paths

LOG_FILENAME = "coachdesk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3  # coachdesk.log plus .1, .2, .3
FORMAT = "%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("coachdesk")
# Without file logging our records go nowhere: not to logging's last-resort handler,
# which would print them, with their exceptions' texts, on stderr.
log.addHandler(logging.NullHandler())

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_BINARY", 0)

_handler: PrivateRotatingFileHandler | None = None
# Below WARNING only these are written (others' INFO, e.g. SQL, is not even made).
_INFO_LOGGERS = ("coachdesk", "alembic.runtime.migration")


_CAUSE = "The above exception was the direct cause of the following exception:"
_CONTEXT = "During handling of the above exception, another exception occurred:"


def describe(exc: BaseException) -> str:
    """One line about ``exc`` that is safe to log: its class, a CoachDeskError's key,
    an OSError's errno and reason; never its text (see the module's docstring)."""
    from coachdesk.errors import CoachDeskError

    kind = type(exc)
    name = (
        kind.__qualname__
        if kind.__module__ == "builtins"
        else f"{kind.__module__}.{kind.__qualname__}"
    )
    if isinstance(exc, CoachDeskError):
        field = f" field={exc.field}" if exc.field else ""
        return f"{name} [{exc.key}]{field}"
    if isinstance(exc, OSError) and exc.errno is not None:
        return f"{name} [errno {exc.errno}] {exc.strerror}"
    return f"{name} (message withheld)"


def format_exception(exc: BaseException) -> str:
    """A traceback like Python's, chained causes included, with every text made safe."""
    chain: list[tuple[BaseException, str | None]] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    link: str | None = None
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append((current, link))
        if current.__cause__ is not None:
            current, link = current.__cause__, _CAUSE
        elif current.__context__ is not None and not current.__suppress_context__:
            current, link = current.__context__, _CONTEXT
        else:
            current = None
    lines: list[str] = []
    for item, link in reversed(chain):
        tb: TracebackType | None = item.__traceback__
        if tb is not None:
            lines.append("Traceback (most recent call last):\n")
            lines.extend(traceback.format_tb(tb))
        lines.append(describe(item) + "\n")
        if link is not None:  # how this one led to the next (later) one
            lines.append(f"\n{link}\n\n")
    return "".join(lines).rstrip("\n")


class SafeFormatter(logging.Formatter):
    """Writes exceptions without their text (see the module's docstring)."""

    def formatException(self, ei) -> str:  # noqa: ANN001, N802 - logging's API
        exc = ei[1] if isinstance(ei, tuple) else ei
        if exc is None:
            return ""
        return format_exception(exc)

    def format(self, record: logging.LogRecord) -> str:
        # An exception passed as a message argument is described, not str()-ed.
        if isinstance(record.args, tuple) and any(
            isinstance(a, BaseException) for a in record.args
        ):
            record.args = tuple(
                describe(a) if isinstance(a, BaseException) else a for a in record.args
            )
        record.exc_text = None  # never a cached text another formatter made
        return super().format(record)


class PrivateRotatingFileHandler(logging.FileHandler):
    """``logging.handlers.RotatingFileHandler``'s rotation (``coachdesk.log`` moves to
    ``.1``, ``.1`` to ``.2``, ... once it would pass ``max_bytes``), written here
    because importing logging.handlers (socket, pickle, queue) costs the window
    ~10 ms of its start. Files are created 0600 (owner only) where the OS supports
    it; a write that fails (disk full, a file another process holds) is dropped
    quietly."""

    def __init__(self, filename: Path, max_bytes: int, backup_count: int):
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        super().__init__(filename, mode="a", encoding="utf-8")

    def _open(self):  # noqa: ANN202 - logging's API
        fd = os.open(self.baseFilename, _FLAGS, 0o600)
        try:
            _tighten(Path(self.baseFilename), 0o600)
            return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)
        except BaseException:
            os.close(fd)
            raise

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            size = self.stream.seek(0, os.SEEK_END)
            if size and size + len(self.format(record)) + 1 > self.max_bytes:
                self.rollover()
            super().emit(record)
        except Exception:  # noqa: BLE001 - see handleError
            self.handleError(record)

    def rollover(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        try:
            for n in range(self.backup_count - 1, 0, -1):
                if os.path.exists(f"{base}.{n}"):
                    os.replace(f"{base}.{n}", f"{base}.{n + 1}")
            if self.backup_count > 0:
                os.replace(base, f"{base}.1")
            else:
                os.truncate(base, 0)
        except OSError:
            pass  # a file another process holds open (Windows): rotated another time
        self.stream = self._open()

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's API
        pass  # logging must never disturb the app, nor print a record's data to stderr


def _tighten(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    try:
        if path.stat().st_mode & 0o777 != mode:
            path.chmod(mode)
    except OSError:
        pass  # not ours to change (another owner): still usable


def _system() -> str:
    """The OS and its version, cheaply (the platform module costs the start ~10 ms)."""
    if sys.platform == "win32":
        v = sys.getwindowsversion()
        return f"Windows {v.major}.{v.minor}.{v.build}"
    u = os.uname()
    name = "macOS (Darwin)" if sys.platform == "darwin" else u.sysname
    return f"{name} {u.release} {u.machine}"


def _shown_path(folder: Path) -> str:
    """The data folder with the home folder (often named after the user) as ``~``."""
    try:
        home = Path.home()
        return str(Path("~") / folder.relative_to(home))
    except (ValueError, RuntimeError, KeyError):
        return str(folder)


def log_file(folder: Path) -> Path:
    return paths.logs_dir(folder) / LOG_FILENAME


def setup(folder: Path, *, create: bool = True, command: str | None = None) -> Path | None:
    """Log to ``folder``/logs/coachdesk.log; the file, or None without file logging.

    Called once at start; a second call for the same folder (the window after the
    CLI) only returns the file, one for another folder moves the log there.
    ``create=False``: do not create a data folder that does not exist yet
    (``coachdesk check`` on a typo). Never raises.
    """
    global _handler
    try:
        folder = Path(folder).absolute()
        target = log_file(folder)
        if _handler is not None and Path(_handler.baseFilename) == target:
            return target
        shutdown()
        if not create and not folder.is_dir():
            return None
        logs = target.parent
        logs.mkdir(mode=0o700, parents=True, exist_ok=True)
        _tighten(logs, 0o700)
        # Opened at once: a folder that cannot be written is found here, not later.
        handler = PrivateRotatingFileHandler(target, MAX_BYTES, BACKUP_COUNT)
        handler.setFormatter(SafeFormatter(FORMAT))
        handler.addFilter(_ours_or_warnings)
    except Exception:  # noqa: BLE001 - no file logging; the app runs on
        return None
    logging.getLogger().addHandler(handler)  # also others' warnings
    for name in _INFO_LOGGERS:
        logging.getLogger(name).setLevel(logging.INFO)
    _handler = handler
    log.info(
        "CoachDesk %s starting%s: Python %s, %s, data folder %s",
        __version__,
        f" ({command})" if command else "",
        ".".join(map(str, sys.version_info[:3])),
        _system(),
        _shown_path(folder),
    )
    return target


def _ours_or_warnings(record: logging.LogRecord) -> bool:
    """CoachDesk's own records, Alembic's migration steps, and others' warnings."""
    if record.levelno >= logging.WARNING:
        return True
    return any(record.name == n or record.name.startswith(f"{n}.") for n in _INFO_LOGGERS)


def shutdown() -> None:
    """Stop file logging (tests; the app lets logging close the file at exit)."""
    global _handler
    if _handler is not None:
        handler, _handler = _handler, None
        logging.getLogger().removeHandler(handler)
        for name in _INFO_LOGGERS:
            logging.getLogger(name).setLevel(logging.NOTSET)
        with contextlib.suppress(OSError, ValueError):  # a file that went away
            handler.close()


def install_excepthook() -> None:
    """Log an exception nobody caught (a Qt slot), then let the previous hook report it."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if not issubclass(kind, KeyboardInterrupt):
            log.error("unexpected error: %s", describe(exc), exc_info=(kind, exc, tb))
        previous(kind, exc, tb)

    sys.excepthook = hook
