"""Realistic, deterministic Dutch demo data (``coachdesk demo``)."""

from coachdesk.core.demo.generator import DemoSummary, generate

__all__ = ["DemoSummary", "generate"]
