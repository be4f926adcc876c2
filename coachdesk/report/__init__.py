"""Exports: the trajectory PDF for the coachee, the progress report for the sponsor
(no Qt here)."""

from __future__ import annotations

# The sections of the trajectory PDF in document order (kept here, import-light,
# so the command line can list them without loading reportlab or the store).
SECTIONS: tuple[str, ...] = (
    "cover",
    "intake",
    "goals",
    "scaling",
    "profiles",
    "sessions",
    "agreements",
    "evaluation",
    "signatures",
)

# Who a PDF is for: the coachee's full summary, or the sponsor's progress report.
AUDIENCES: tuple[str, ...] = ("coachee", "sponsor")
