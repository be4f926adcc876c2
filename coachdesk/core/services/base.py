"""What every service holds: its practice (for the other services) and the database helper."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice


class Service:
    def __init__(self, practice: Practice):
        self.practice = practice
        self.db = practice.db
