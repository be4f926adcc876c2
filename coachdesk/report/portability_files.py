"""The files of privacy by design: the whole practice as JSON, and one person's access export.

Both are built in memory and written atomically (report/atomic.py: a temporary name in the
target folder, fsync, rename; never through a device, a pipe or a folder), so a failure
never leaves half a file with personal data in it, nor replaces a good one.

The access export (AVG art. 15, right of access; art. 20, portability) is a ZIP with
- ``gegevens.json`` / ``data.json``: every row held about the person, found through the
  schema graph from the coachee (core/portability.rows_about), nobody else's;
- one PDF summary per trajectory (report/trajectory_pdf.py, the coachee's version);
- ``LEESMIJ.txt`` / ``README.txt`` in the coachee's language, saying what is in it.
"""

from __future__ import annotations

import io
import json
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from coachdesk import __version__
from coachdesk.errors import DateText
from coachdesk.i18n import Lang, tr
from coachdesk.report.atomic import write_atomically

if TYPE_CHECKING:
    from coachdesk.core.practice import Practice

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class ExportAllResult:
    path: Path
    rows: int


@dataclass(frozen=True)
class AccessResult:
    path: Path
    rows: int
    pdfs: int
    private: bool


def export_all(
    practice: Practice, path: str | os.PathLike[str], progress: Progress | None = None
) -> ExportAllResult:
    """Write the whole practice to ``path`` (coachdesk-export-1 JSON)."""
    doc = practice.portability.export_document(progress)
    data = (json.dumps(doc, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    target = write_atomically(path, data)
    rows = sum(len(batch) for batch in doc["tables"].values())
    practice.audit.record("export_all", (), {"rows": rows})
    return ExportAllResult(target, rows)


def _slug(text: str) -> str:
    cleaned = re.sub(r"[^\w\- ]+", "", text, flags=re.UNICODE).strip().replace(" ", "-")
    return cleaned[:60] or "traject"


def readme(lang: Lang, *, name: str, private: bool, pdfs: list[str], by: str) -> str:
    json_name = tr("access.json_name", lang)
    lines = [
        tr("access.readme.title", lang, name=name),
        tr(
            "access.readme.made_by" if by else "access.readme.made",
            lang,
            day=DateText(datetime.now(UTC).date()).text(lang),
            by=by,
        ),
        "",
        tr("access.readme.contents", lang),
        f"- {json_name}: {tr('access.readme.json', lang)}",
    ]
    lines += [f"- {pdf}: {tr('access.readme.pdf', lang)}" for pdf in pdfs]
    lines += [
        f"- {tr('access.readme_name', lang)}: {tr('access.readme.this', lang)}",
        "",
        tr("access.readme.private_in" if private else "access.readme.private_out", lang),
        "",
        tr("access.readme.rights", lang),
    ]
    return "\n".join(lines) + "\n"


def access_zip(
    practice: Practice,
    coachee_id: int,
    *,
    lang: Lang,
    private: bool,
    progress: Progress | None = None,
) -> tuple[bytes, int, int, str]:
    """The ZIP's bytes, the number of rows in its JSON and of PDFs in it, the coachee's uid."""
    from coachdesk.report.trajectory_pdf import render_trajectory_pdf

    person = practice.portability.person(coachee_id, private=private)
    rows = person["rows"]
    coachee = rows["coachee"][0]
    trajectories = rows.get("trajectory", [])
    steps = len(trajectories) + 2
    doc = {
        "format": "coachdesk-access-export",
        "version": 1,
        "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "app_version": __version__,
        "private_notes_included": private,
        "about": coachee["uid"],
        "tables": rows,
        "sponsors": person["sponsors"],
    }
    if progress:
        progress(1, steps)
    buffer = io.BytesIO()
    pdf_names: list[str] = []
    ids = {t.id: t for t in practice.trajectories.list(coachee_id=coachee_id)}
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            tr("access.json_name", lang), json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
        )
        for n, (trajectory_id, item) in enumerate(sorted(ids.items())):
            pdf = render_trajectory_pdf(practice, trajectory_id, lang=lang)
            name = f"{n + 1:02d}-{_slug(item.title)}.pdf"
            archive.writestr(name, pdf.data)
            pdf_names.append(name)
            if progress:
                progress(n + 2, steps)
        by = practice.settings.get("coach_name") or practice.settings.get("practice_name") or ""
        text = readme(lang, name=coachee["name"], private=private, pdfs=pdf_names, by=by)
        archive.writestr(tr("access.readme_name", lang), text)
    if progress:
        progress(steps, steps)
    count = sum(len(v) for v in rows.values())
    return buffer.getvalue(), count, len(pdf_names), coachee["uid"]


def export_access(
    practice: Practice,
    coachee_id: int,
    path: str | os.PathLike[str],
    *,
    lang: Lang = "nl",
    private: bool = False,
    progress: Progress | None = None,
) -> AccessResult:
    data, rows, pdfs, uid = access_zip(
        practice, coachee_id, lang=lang, private=private, progress=progress
    )
    target = write_atomically(path, data)
    counts = {"rows": rows, "pdfs": pdfs, "private_notes": int(private)}
    practice.audit.record("export_data", [uid], counts)
    return AccessResult(target, rows, pdfs, private)
