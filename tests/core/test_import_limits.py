"""Import limits for instruments and note templates: refused with file, place and problem,
before parsing (no RecursionError, no minutes of CPU, no .part left behind)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from coachdesk import errors
from coachdesk.core import instruments, templates
from coachdesk.paths import resource


def _builtin_instrument() -> dict:
    path = sorted(resource("instruments").glob("*.json"))[0]
    return json.loads(path.read_text(encoding="utf-8"))


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "text", "needle"),
    [
        ("deep.json", '{"key": "x", "a": ' + "[" * 5000 + "]" * 5000 + "}", "te diep genest"),
        ("many.json", '{"key": "x", "a": [' + ",".join(["{}"] * 30_000) + "]}", "te veel"),
        ("big.json", '{"key": "x", "pad": "' + "x" * (300 * 1024) + '"}', "te groot"),
        ("half.json", '{"key": "x",\n "name": {"nl": "Zo\\ud83d", "en": "x"}}', "kapot teken"),
    ],
    ids=["deep", "many", "big", "half"],
)
def test_instrument_limits(tmp_path: Path, data_dir: Path, name: str, text: str, needle: str):
    source = _write(tmp_path / name, text)
    start = time.perf_counter()
    with pytest.raises(errors.InstrumentFileError) as info:
        instruments.import_instrument(source, data_dir)
    assert time.perf_counter() - start < 30  # generous: it is refused before parsing
    message = info.value.message("nl")
    assert message.startswith(f"{name}, regel ") and needle in message
    if name == "half.json":
        assert info.value.line == 2
    folder = data_dir / "instruments"
    assert not folder.exists() or not list(folder.iterdir())


def test_a_real_instrument_still_imports(tmp_path: Path, data_dir: Path):
    data = _builtin_instrument()
    data["key"] = "eigen_test"
    source = _write(tmp_path / "eigen.json", json.dumps(data, ensure_ascii=False))
    assert instruments.import_instrument(source, data_dir).key == "eigen_test"


def _template(**extra: object) -> dict:
    return {
        "key": "eigen",
        "name": {"nl": "Eigen", "en": "Own"},
        "sections": [{"key": "doel", "heading": {"nl": "Doel", "en": "Goal"}}],
        **extra,
    }


@pytest.mark.parametrize(
    ("text", "needle"),
    [
        ('{"key": "eigen", "x": ' + "[" * 3000 + "]" * 3000 + "}", "te diep genest"),
        (json.dumps(_template()).replace('"Eigen"', '"Eigen \\ud83d"'), "kapot teken"),
    ],
    ids=["deep", "half"],
)
def test_template_limits(tmp_path: Path, data_dir: Path, text: str, needle: str):
    source = _write(tmp_path / "mijn.json", text)
    with pytest.raises(errors.TemplateError) as info:
        templates.import_template(source, data_dir)
    message = info.value.message("nl")
    assert "mijn.json" in message and needle in message and "regel" in message
    folder = templates.user_folder(data_dir)
    assert not folder.exists() or not list(folder.iterdir())
