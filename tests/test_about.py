"""What About CoachDesk says: the packages CoachDesk runs on and their licences (Qt-free)."""

from __future__ import annotations

from coachdesk import about


def test_the_runtime_packages_and_their_licences():
    found = {p.name.lower(): p for p in about.packages()}
    for name in ("pyside6", "sqlmodel", "sqlalchemy", "alembic", "platformdirs", "reportlab"):
        assert name in found, name
        assert found[name].version and found[name].licence, found[name]
    assert "LGPL" in found["pyside6"].licence
    assert "coachdesk" not in found and "pytest" not in found and "ruff" not in found
    assert [p.name.lower() for p in about.packages()] == sorted(found)


def test_the_fonts_and_their_licence_file():
    assert "Noto Sans" in about.font_families()
    assert "SIL OPEN FONT LICENSE" in about.font_licence_file().read_text(encoding="utf-8").upper()


def test_an_unknown_distribution_has_no_packages():
    assert about.packages("no-such-distribution-coachdesk") == []
