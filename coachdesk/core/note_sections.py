"""A session note as Markdown, split into and joined from its template's sections.

The shared note of a session is one Markdown text; with a template it reads::

    ## Doel

    ...

    ## Realiteit

    ...

Splitting recognises a section's heading in either language, so a note written
in the Dutch UI opens fine in the English one. Text that fits no section is
never dropped: it stays with the section before it (or the first section).
"""

from __future__ import annotations

import re

from coachdesk.core.templates import NoteTemplate
from coachdesk.i18n import Lang, default_language

_HEADING = re.compile(r"^##[ \t]+(.+?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")


def _norm(text: str) -> str:
    return " ".join(text.replace("\\", "").split()).casefold()


def compose(template: NoteTemplate, sections: dict[str, str], lang: Lang | None = None) -> str:
    """One Markdown text from the sections' texts (empty sections are left out)."""
    lang = lang or default_language()
    if len(template.sections) == 1:
        return sections.get(template.sections[0].key, "").strip("\n")
    parts = []
    for section in template.sections:
        text = sections.get(section.key, "").strip("\n")
        if text.strip():
            parts.append(f"## {section.heading_in(lang)}\n\n{text}\n")
    extra = [text for key, text in sections.items() if template.section(key) is None]
    parts.extend(text.strip("\n") + "\n" for text in extra if text.strip())
    return "\n".join(parts).rstrip("\n")


def split(template: NoteTemplate, markdown: str) -> dict[str, str]:
    """The texts of the template's sections in ``markdown`` (every key present)."""
    result = {s.key: "" for s in template.sections}
    if len(template.sections) == 1:
        result[template.sections[0].key] = markdown.strip("\n")
        return result
    headings = {_norm(text): s.key for s in template.sections for text in s.heading.values()}
    current = template.sections[0].key
    buffers: dict[str, list[str]] = {s.key: [] for s in template.sections}
    in_fence = False
    for line in markdown.split("\n"):
        if _FENCE.match(line):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        key = headings.get(_norm(match.group(1))) if match else None
        if key is not None:
            current = key
            if buffers[key] and any(x.strip() for x in buffers[key]):
                buffers[key].append("")  # a repeated heading: keep both parts
            continue
        buffers[current].append(line)
    for key, lines in buffers.items():
        result[key] = "\n".join(lines).strip("\n")
    return result
