"""Names of the core's values that both the window and the PDF show: one Qt-free source.

The texts live in resources/translations/messages/labels.json; ui/labels.py shows
them in the window's language, the PDF in the export's.
"""

from __future__ import annotations

from coachdesk.i18n import Lang, tr


def agreement_owner(owner: str, lang: Lang) -> str:
    """Who carries out an agreement (models.AGREEMENT_OWNERS): "Coachee", "Coach",
    "Opdrachtgever" in Dutch; an unknown value as it is."""
    key = f"agreement.owner.{owner}"
    text = tr(key, lang)
    return owner if text == key else text
