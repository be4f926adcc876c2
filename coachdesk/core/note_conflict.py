"""A note written elsewhere since it was opened is never overwritten without asking.

The session editor remembers the note as it loaded it (both parts, as stored)
and every save hands that along: the notes service writes only ``WHERE`` the
stored text is still that (one UPDATE, atomic). If another window or another
machine wrote the note in between, nothing is written and NoteConflictError
carries their text. The coach then chooses:

- ``"theirs"``: their note stays; what the coach typed is kept as a dated copy
  at the end of the private reflections (the default: nothing is overwritten);
- ``"mine"``: the coach's note is written; theirs is kept as a dated copy at the
  end of the private reflections.

Either way nothing is lost, and the private reflections (never shared with the
coachee or the sponsor) are where a copy can wait until the coach tidies it up.

Why the text and not ``updated_at``: the same editor also writes the session's
details, scores and template, each of which moves ``updated_at``; comparing the
note itself sees only a real conflict, exactly, in the UPDATE's WHERE.
"""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from coachdesk.errors import CoachDeskError
from coachdesk.i18n import Lang, tr

Texts = dict[str, str]  # "shared_notes", "private_notes"
Keep = Literal["mine", "theirs"]
PARTS = ("shared_notes", "private_notes")


class NoteConflictError(CoachDeskError):
    """The note was written elsewhere since this editor loaded it; ``theirs`` holds it."""

    key = "error.note_conflict"

    def __init__(self, session_id: int, theirs: Texts):
        self.session_id = session_id
        self.theirs = dict(theirs)
        super().__init__()


def _copy_block(heading: str, texts: Texts, parts: list[str], lang: Lang) -> str:
    lines = ["---", "", f"**{heading}**"]
    for part in parts:
        lines += ["", f"*{tr(f'conflict.part.{part}', lang)}*", "", texts[part].strip()]
    return "\n".join(lines)


def resolve(mine: Texts, theirs: Texts, keep: Keep, when: datetime, lang: Lang) -> Texts:
    """The note to write after a conflict: ``keep``'s note, with the other one's
    differing parts appended to the private reflections under a dated heading."""
    differing = [p for p in PARTS if mine.get(p, "").strip() != theirs.get(p, "").strip()]
    other = theirs if keep == "mine" else mine
    result = dict(mine if keep == "mine" else theirs)
    copied = [p for p in differing if other.get(p, "").strip()]
    if not copied:
        return result
    stamp = when.astimezone().strftime("%d-%m-%Y %H:%M")
    key = "conflict.copy_of_theirs" if keep == "mine" else "conflict.copy_of_mine"
    block = _copy_block(tr(key, lang, when=stamp), other, copied, lang)
    private = result.get("private_notes", "").rstrip()
    result["private_notes"] = f"{private}\n\n{block}\n" if private else f"{block}\n"
    return result
