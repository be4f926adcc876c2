"""Test set-up: Qt offscreen, and every test gets its own data folder."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from coachdesk.core.practice import Practice  # noqa: E402
from coachdesk.ui.app import prepare_qt_environment  # noqa: E402

prepare_qt_environment()  # Qt as the app runs it (pytest-qt makes the QApplication)

REPO = Path(__file__).resolve().parent.parent

# The speed checks in tests/benchmarks build 10,000-coachee stores and take a minute or
# two; the default run (``python3 -m pytest``) leaves them out. Run them with
#
#     python3 -m tests.benchmarks          (the suite: one table, JSON; README "Speed")
#     COACHDESK_BENCHMARKS=1 python3 -m pytest tests/benchmarks/test_x.py -s   (one file)
BENCHMARKS = os.environ.get("COACHDESK_BENCHMARKS") == "1"
collect_ignore = [] if BENCHMARKS else ["benchmarks"]


def pytest_report_header(config: pytest.Config) -> str:
    if BENCHMARKS:
        return "benchmarks: collected (COACHDESK_BENCHMARKS=1)"
    return "benchmarks: left out; run python3 -m tests.benchmarks"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user data folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("COACHDESK_DATA_DIR", str(folder))
    monkeypatch.setenv("COACHDESK_CONFIG_DIR", str(tmp_path / "config"))  # recent folders
    monkeypatch.setenv("COACHDESK_LANG", "nl")
    monkeypatch.setenv("COACHDESK_PRESETS", "")  # no machine-wide IT presets (deployment.py)
    # never the real OS keychain; cheap key derivation (the passphrase tests still derive)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("COACHDESK_SCRYPT_N", "1024")
    return folder


@pytest.fixture(autouse=True)
def _no_key_outlives_the_test():
    """An encrypted store unlocked in one test is locked again for the next (store/cipher.py)."""
    yield
    from coachdesk.store import cipher

    cipher.forget()


@pytest.fixture(autouse=True)
def _file_logging_ends_with_the_test():
    """A test that ran the CLI or the window logs into its own folder, and only there."""
    from coachdesk import log

    yield
    log.shutdown()


@pytest.fixture
def data_dir(_isolated_data_dir: Path) -> Path:
    return _isolated_data_dir


@pytest.fixture
def practice(data_dir: Path):
    with Practice.open(str(data_dir)) as p:
        yield p
