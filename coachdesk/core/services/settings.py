"""Practice-wide settings that exports need too (coach name, practice name, ...)."""

from __future__ import annotations

from sqlmodel import select

from coachdesk.core import validation as v
from coachdesk.core.models import Setting
from coachdesk.core.services.base import Service


class SettingsService(Service):
    def all(self) -> dict[str, str]:
        with self.db.session() as s:
            return {row.key: row.value for row in s.exec(select(Setting))}

    def get(self, key: str, default: str = "") -> str:
        return self.all().get(key, default)

    def set(self, key: str, value: str) -> None:
        key = v.text(key, "name", required=True)
        with self.db.session() as s:
            s.merge(Setting(key=key, value=v.text(value, "text")))
