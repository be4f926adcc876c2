"""Remove what earlier versions left in the temp folder: ``coachdesk-preview-*`` folders.

Before issue 13 the export dialog kept its preview PDF (the coachee's notes) in such a
folder, removed only when the dialog closed normally; a killed process left it behind.
Previews are in memory now; at start the leftovers of the current user are removed.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = "coachdesk-preview-"


def clean_preview_leftovers(folder: Path | None = None) -> int:
    """Remove our old preview folders from the temp folder; returns how many."""
    root = Path(folder or tempfile.gettempdir())
    removed = 0
    try:
        entries = list(root.iterdir())
    except OSError:
        return 0
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        if not entry.name.startswith(PREFIX) or entry.is_symlink() or not entry.is_dir():
            continue
        try:
            if uid is not None and entry.stat().st_uid != uid:
                continue  # another account's: not ours to touch
            shutil.rmtree(entry)
            removed += 1
        except OSError:
            continue
    if removed:
        log.info("removed %d preview folder(s) left by an earlier version", removed)
    return removed
