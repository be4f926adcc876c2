"""Sponsors ("opdrachtgevers"): the organisations that pay for trajectories."""

from __future__ import annotations

from typing import Any

from sqlmodel import col, select

from coachdesk.core.fields import SPONSOR, clean
from coachdesk.core.models import Sponsor
from coachdesk.core.services.base import Service


class SponsorService(Service):
    def create(self, organisation: str, **fields: Any) -> Sponsor:
        return self.db.insert(Sponsor(**clean(SPONSOR, {"organisation": organisation, **fields})))

    def update(self, sponsor_id: int, **changes: Any) -> Sponsor:
        return self.db.update(Sponsor, sponsor_id, SPONSOR, changes)

    def delete(self, sponsor_id: int) -> None:
        """Delete a sponsor; its trajectories stay, without a sponsor."""
        self.db.delete(Sponsor, sponsor_id)

    def get(self, sponsor_id: int) -> Sponsor:
        return self.db.fetch(Sponsor, sponsor_id)

    def list(self) -> list[Sponsor]:
        with self.db.session() as s:
            return list(s.exec(select(Sponsor).order_by(col(Sponsor.organisation))))
