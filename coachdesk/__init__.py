"""CoachDesk: the desktop workplace for professional coaches."""

__version__ = "0.1.0"
