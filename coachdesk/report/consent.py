"""What the sponsor may see of a trajectory, under the coachee's consent.

The consent rules themselves are not built yet (issue 14). Everything the sponsor
report shows is read through :func:`sponsor_consent`, which today returns the
default a coachee agrees to at intake: attendance and hours, and the goals with
their progress. When the consent rules exist, only this function changes.

What can be shared (``SHAREABLE``):
    attendance  sessions held, cancelled and missed, hours used of the contract
    goals       the development goals, their status and ratings over time
    summary     the closing evaluation, once the coachee has read it
Never shared, whatever the consent: session notes (shared or private), the
intake question, agreements, profiles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice

SHAREABLE: tuple[str, ...] = ("attendance", "goals", "summary")
DEFAULT: frozenset[str] = frozenset({"attendance", "goals"})
NEVER: tuple[str, ...] = ("notes", "private_notes")  # named in the report's "held back" line


def sponsor_consent(practice: Practice, trajectory_id: int) -> frozenset[str]:
    """The parts of ``SHAREABLE`` the coachee agreed the sponsor of this trajectory sees."""
    return DEFAULT
