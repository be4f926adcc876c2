"""A second start on the same data folder brings the running window forward.

The window that holds the data folder's lock (store/lock.InstanceLock) also
listens on a local socket (QLocalServer). A second start that finds the lock
taken asks it, through a QLocalSocket, to raise and activate its window, and
then ends with a short sentence. While the app lock is on, only its passphrase
prompt comes forward. If nobody answers (an old version, a window
still starting), the second start says the practice is open, as before.

The socket's name is derived from a hash of the folder's absolute path (and
the account), so it carries no name, path or other personal data.

    link = InstanceServer(folder, window)   # after the window is built
    ask_to_come_forward(folder)             # True when the running window answered
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

REQUEST = b"come-forward\n"
ANSWER = b"ok\n"
WAIT_MS = 1500


def server_name(folder: Path) -> str:
    """``coachdesk-<hash>``: one per data folder and account, with nothing readable in it."""
    try:
        account = getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user name known
        account = str(os.getuid()) if hasattr(os, "getuid") else ""
    key = f"{account}\0{Path(folder).expanduser().absolute()}"
    return "coachdesk-" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def bring_forward(window: Any) -> None:
    """Show ``window`` un-minimised, on top, with the keyboard focus."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


class InstanceServer(QObject):
    """Listens for "come forward" from a second start on the same data folder."""

    def __init__(self, folder: Path, window: Any, parent: QObject | None = None):
        super().__init__(parent if parent is not None else window)
        self.window = window
        self.requests = 0  # how many second starts asked (tests)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.name = server_name(folder)
        self.server.newConnection.connect(self._connected)
        if not self.server.listen(self.name):
            # A socket left by a window that was killed: we hold the folder's lock,
            # so no live window can own it.
            QLocalServer.removeServer(self.name)
            if not self.server.listen(self.name):
                log.warning("no instance link: %s", self.server.errorString())

    @property
    def listening(self) -> bool:
        return self.server.isListening()

    def set_window(self, window: Any) -> None:
        """Another practice folder was opened: raise that window from now on."""
        self.window = window

    def _connected(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.readAll().data())
        if REQUEST.strip() not in data:
            socket.disconnectFromServer()
            return
        self.requests += 1
        log.info("a second start asked this window to come forward")
        lock = getattr(self.window, "app_lock", None)
        if lock is not None and lock.locked:
            # Locked (ui/app_lock.py): only the passphrase prompt comes forward, never
            # the window with the coachees behind it.
            bring_forward(lock.prompt)
        else:
            bring_forward(self.window)
        socket.write(ANSWER)
        socket.flush()
        socket.disconnectFromServer()

    def close(self) -> None:
        self.server.close()


def ask_to_come_forward(folder: Path, wait_ms: int = WAIT_MS) -> bool:
    """Ask the window that has ``folder`` open to come forward; True when it answered.

    Waits in a local event loop (at most ``wait_ms``), not in a blocking call, so it
    also works when the window that answers lives in this process (tests)."""
    socket = QLocalSocket()
    loop = QEventLoop()
    answer = bytearray()
    finished = False

    def done() -> None:
        nonlocal finished
        finished = True
        loop.quit()

    def read() -> None:
        answer.extend(bytes(socket.readAll().data()))
        if ANSWER in answer:
            done()

    socket.connected.connect(lambda: (socket.write(REQUEST), socket.flush()))
    socket.readyRead.connect(read)
    socket.errorOccurred.connect(lambda _error: done())
    socket.disconnected.connect(done)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(done)
    socket.connectToServer(server_name(folder))
    if not finished and socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        timer.start(wait_ms)
        loop.exec()
    timer.stop()
    socket.abort()
    return ANSWER in answer
