"""Write a finished file atomically: a temporary file in the same folder, fsync,
then ``os.replace``. A failure never leaves a half file, nor touches the old one."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from coachdesk.errors import ExportWriteError, Term
from coachdesk.store.files import fsync_dir

_REASONS = {
    errno.EACCES: "reason.export_permission",
    errno.EPERM: "reason.export_permission",
    errno.EROFS: "reason.export_permission",
    errno.ENOENT: "reason.export_no_folder",
    errno.ENOTDIR: "reason.export_no_folder",
    errno.ENOSPC: "reason.export_disk_full",
    errno.EDQUOT: "reason.export_disk_full",
    errno.EISDIR: "reason.export_is_folder",
}


def write_error(path: Path, exc: OSError) -> ExportWriteError:
    key = _REASONS.get(exc.errno or 0)
    reason: object = Term(key) if key else (exc.strerror or str(exc))
    return ExportWriteError(path=str(path), reason=reason)


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Replace ``path`` with ``data`` in one step, or raise ExportWriteError and change nothing."""
    target = _safe_target(Path(path).expanduser().absolute())
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=".part", dir=target.parent
        )
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp_name, 0o600)  # personal data: the owner's only (mkstemp's own mode)
        os.replace(tmp_name, target)
        tmp_name = None
        fsync_dir(target.parent)
    except OSError as exc:
        raise write_error(target, exc) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def _safe_target(target: Path) -> Path:
    """Where to write: a regular file or a new name, never a device, a pipe or a folder.

    A symbolic link is followed on purpose: the file it points to is replaced (the link
    stays a link), as an editor saving through a link would; a link that points at
    anything but a regular file or a new name is refused like that thing itself.
    """
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target  # a new name
    except OSError as exc:
        raise write_error(target, exc) from exc
    if stat.S_ISDIR(mode):
        raise write_error(target, IsADirectoryError(errno.EISDIR, "is a directory"))
    if not stat.S_ISREG(mode):  # /dev/full, a FIFO, a socket: never replaced
        raise ExportWriteError(path=str(target), reason=Term("reason.export_not_a_file"))
    return target
