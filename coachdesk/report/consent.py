"""What the sponsor may see of a trajectory, under the coachee's consent.

Everything a sponsor export shows is read through :func:`sponsor_consent` (the parts
shared) and :func:`sponsor_reason` (why: a sentence for the export), which ask
the practice's consent service (core/services/consent.py). The newest consent
record of the coachee decides; without one, or after a withdrawal, the sponsor
sees nothing beyond the trajectory's name and period.

What can be shared (``SHAREABLE``):
    attendance  sessions held, cancelled and missed, hours used of the contract
    goals       the development goals, their status and ratings over time
    summary     the closing evaluation, once the coachee has read it
Never shared, whatever the consent: session notes (shared or private), the
intake question, agreements, profiles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachdesk.core.formatting import short_date
from coachdesk.i18n import Lang, tr

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice
    from coachdesk.core.services.consent import Sharing

SHAREABLE: tuple[str, ...] = ("attendance", "goals", "summary")
# What the coachee agrees to at intake, most often (the consent dialog's suggestion).
DEFAULT: frozenset[str] = frozenset({"attendance", "goals"})
NEVER: tuple[str, ...] = ("notes", "private_notes")  # named in the report's "held back" line


def sharing(practice: Practice, trajectory_id: int) -> Sharing:
    return practice.consent.sponsor_sharing(trajectory_id)


def sponsor_consent(practice: Practice, trajectory_id: int) -> frozenset[str]:
    """The parts of ``SHAREABLE`` the coachee agreed the sponsor of this trajectory sees."""
    return sharing(practice, trajectory_id).parts


def reason_text(shared: Sharing, lang: Lang) -> str:
    """Why the sponsor sees what they see, in one sentence."""
    from coachdesk.core.services.consent import GIVEN, WITHDRAWN

    if shared.reason == GIVEN and shared.given_on is not None:
        version = (
            tr("consent.reason.version", lang, version=shared.statement_version)
            if shared.statement_version
            else ""
        )
        return tr(
            "consent.reason.given", lang, date=short_date(shared.given_on, lang), version=version
        )
    if shared.reason == WITHDRAWN and shared.withdrawn_on is not None:
        return tr("consent.reason.withdrawn", lang, date=short_date(shared.withdrawn_on, lang))
    return tr("consent.reason.no_record", lang)


def sponsor_reason(practice: Practice, trajectory_id: int, lang: Lang) -> str:
    return reason_text(sharing(practice, trajectory_id), lang)
