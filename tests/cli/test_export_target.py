"""export-pdf writes only to regular files or new names; a link is followed on purpose."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from coachdesk import errors
from coachdesk.report.atomic import write_atomically

PDF = b"%PDF-1.4\n%fake\n"


def test_a_device_is_never_replaced(tmp_path: Path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with pytest.raises(errors.ExportWriteError) as info:
        write_atomically("/dev/full", PDF)
    assert "geen gewoon bestand" in info.value.message("nl")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_a_fifo_is_refused(tmp_path: Path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(errors.ExportWriteError):
        write_atomically(fifo, PDF)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


def test_a_symlink_is_followed_and_stays_a_link(tmp_path: Path):
    real = tmp_path / "real.pdf"
    real.write_bytes(b"old")
    link = tmp_path / "link.pdf"
    link.symlink_to(real)
    written = write_atomically(link, PDF)
    assert written == real and link.is_symlink() and real.read_bytes() == PDF
    assert not list(tmp_path.glob("*.part"))


def test_a_link_to_a_device_is_refused(tmp_path: Path):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    link = tmp_path / "link.pdf"
    link.symlink_to("/dev/full")
    with pytest.raises(errors.ExportWriteError):
        write_atomically(link, PDF)
    assert link.is_symlink()


def test_a_new_name_and_a_regular_file_are_private(tmp_path: Path):
    target = tmp_path / "verslag.pdf"
    write_atomically(target, PDF)
    write_atomically(target, PDF + b"2")
    assert target.read_bytes() == PDF + b"2"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
