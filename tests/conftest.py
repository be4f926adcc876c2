"""Test set-up: Qt offscreen, and every test gets its own data folder."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from coachdesk.core.practice import Practice  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("COACHDESK_DATA_DIR", str(folder))
    monkeypatch.setenv("COACHDESK_LANG", "nl")
    return folder


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir


@pytest.fixture
def practice(data_dir: Path):
    with Practice.open(str(data_dir)) as p:
        yield p
