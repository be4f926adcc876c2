"""``coachdesk export-pdf``, run as a real subprocess."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coachdesk.core.practice import Practice
from tests.cli.test_cli import run
from tests.report.pdf_helpers import PRIVATE_MARKER, make_trajectory, reader, text_of


def _store(tmp_path: Path) -> tuple[Path, int]:
    folder = tmp_path / "store"
    with Practice.open(str(folder)) as practice:
        tid = make_trajectory(practice, sessions=4)
    return folder, tid


def test_export_pdf_in_english_with_chosen_sections(tmp_path: Path):
    folder, tid = _store(tmp_path)
    out = tmp_path / "zoë summary.pdf"
    result = run(
        "export-pdf",
        str(tid),
        str(out),
        "--lang",
        "en",
        "--sections",
        "cover,sessions",
        data_dir=folder,
        lang="en",
    )
    assert result.returncode == 0, result.stderr
    assert f"PDF saved: {out}" in result.stdout
    assert result.stderr == ""  # no progress bar when stderr is not a terminal
    text = text_of(out)
    assert "Zoë de Bruïne" in text and "Session overview" in text and "Page 2 of" in text
    assert "Development goals" not in text and PRIVATE_MARKER not in text
    assert len(reader(out).pages) >= 2


def test_export_pdf_errors_are_one_clear_sentence(tmp_path: Path):
    folder, tid = _store(tmp_path)
    bad = run(
        "export-pdf", str(tid), str(tmp_path / "x.pdf"), "--sections", "nope", data_dir=folder
    )
    assert bad.returncode == 2
    assert bad.stderr.strip().startswith("Onbekend onderdeel 'nope'.")
    missing = run("export-pdf", "999", str(tmp_path / "x.pdf"), data_dir=folder, lang="en")
    assert missing.returncode == 2 and "Trajectory number 999 does not exist" in missing.stderr
    nowhere = run("export-pdf", str(tid), str(tmp_path / "no" / "x.pdf"), data_dir=folder)
    assert nowhere.returncode == 2
    assert "de map bestaat niet. Er is niets overschreven." in nowhere.stderr
    assert "Traceback" not in bad.stderr + missing.stderr + nowhere.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_export_pdf_for_the_sponsor(tmp_path: Path):
    folder, tid = _store(tmp_path)
    with Practice.open(str(folder)) as p:  # what the sponsor sees follows the consent (#14)
        coachee_id = p.trajectories.get(tid).coachee_id
        p.consent.record(coachee_id, given_on=date(2025, 1, 6), sponsor_sees="attendance_hours")
    out = tmp_path / "sponsor.pdf"
    result = run("export-pdf", str(tid), str(out), "--for", "sponsor", data_dir=folder, lang="en")
    assert result.returncode == 0, result.stderr
    text = text_of(out)
    assert "Voortgangsrapportage" in text and "Aanwezigheid en uren" in text
    assert "Gedeeld verslag" not in text and PRIVATE_MARKER not in text
    both = run(
        "export-pdf", str(tid), str(out), "--for", "sponsor", "--sections", "goals", data_dir=folder
    )
    assert both.returncode == 2 and "--sections" in both.stderr
