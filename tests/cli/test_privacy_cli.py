"""Erase, anonymise, the due list and the audit trail on the command line; a restore
with ``coachdesk restore`` does not bring an erased coachee back."""

from __future__ import annotations

from coachdesk.core.practice import Practice
from tests.cli.test_cli import run
from tests.core.privacy_helpers import MARKER, marked_coachee, where


def test_erase_then_restore_an_older_backup_on_the_command_line(data_dir, tmp_path):
    with Practice.open(str(data_dir)) as p:
        cid = marked_coachee(p)
        backup = p.backups.create().path

    refused = run("erase", str(cid), data_dir=data_dir)  # no terminal: no means no
    assert refused.returncode == 2 and "--yes" in refused.stderr
    done = run("erase", str(cid), "--yes", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert f"C-{cid:04d}" in done.stdout and MARKER not in done.stdout
    assert where(data_dir) == []

    restored = run("restore", str(backup), "--yes", data_dir=data_dir)
    assert restored.returncode == 0, restored.stderr
    with Practice.open(str(data_dir)) as p:
        assert [c.name for c in p.coachees.list()] == ["Bram Bystander"]
        assert p.search.find(MARKER.lower()) == []
        assert [line.action for line in p.audit.lines()][:3] == [
            "restore",
            "reapply_ledger",
            "erase",
        ]
    assert where(data_dir) == []

    out = tmp_path / "audit.csv"
    listed = run("audit", str(out), data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert "erase" in text and MARKER not in text and "Bram" not in text


def test_anonymise_and_due_on_the_command_line(data_dir):
    with Practice.open(str(data_dir)) as p:
        cid = marked_coachee(p)
    assert run("due", data_dir=data_dir).stdout.strip() == "Er hoeft niets verwijderd te worden."
    done = run("anonymise", str(cid), "--yes", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    with Practice.open(str(data_dir)) as p:
        assert p.coachees.get(cid).name == f"C-{cid:04d}"
    missing = run("erase", "999", "--yes", data_dir=data_dir)
    assert missing.returncode == 2 and "999" in missing.stderr
