"""Finding a word in text the way the search index does (see coachdesk.core.folding)."""

from __future__ import annotations

from coachdesk.core.folding import fold, fold_find

__all__ = ["fold", "fold_find"]
