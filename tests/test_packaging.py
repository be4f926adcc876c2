"""A regular install carries every resource the app reads (pyproject data-files)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tests.conftest import REPO


def test_every_resource_file_is_installed_with_a_regular_install():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    data_files = config["tool"]["setuptools"]["data-files"]
    installed: set[Path] = set()
    for target, patterns in data_files.items():
        assert target.startswith("share/coachdesk/resources")
        for pattern in patterns:
            installed.update(p for p in REPO.glob(pattern) if p.is_file())
    needed = {
        p
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and "screenshots" not in p.parts  # README pictures only
    }
    assert needed - installed == set()
