"""Note templates (GROW, OSKAR, CLEAR, ...) as data files, validated on load.

Built-in templates live in ``resources/templates/*.json``; a coach's own
templates are copied into ``<data dir>/templates`` by :func:`import_template`
after validation. A template file looks like::

    {"key": "grow",
     "name": {"nl": "GROW", "en": "GROW"},
     "description": {"nl": "...", "en": "..."},          (optional)
     "sections": [{"key": "goal",
                   "heading": {"nl": "Doel", "en": "Goal"},
                   "prompt": {"nl": "...", "en": "..."}}, ...]}

A broken file never crashes anything: it raises (or, when listing, reports) a
:class:`TemplateError` that names the file and the problem in the coach's language.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coachdesk.core import json_limits
from coachdesk.errors import TemplateError
from coachdesk.i18n import LANGUAGES, Lang, default_language
from coachdesk.paths import resource

KEY = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_FILE_BYTES = 256 * 1024
MAX_SECTIONS = 20
MAX_TEXT = 500
FREE = "free"
USER_FOLDER = "templates"


@dataclass(frozen=True, slots=True)
class TemplateSection:
    key: str
    heading: dict[str, str]
    prompt: dict[str, str]

    def heading_in(self, lang: Lang | None = None) -> str:
        return self.heading[lang or default_language()]

    def prompt_in(self, lang: Lang | None = None) -> str:
        return self.prompt[lang or default_language()]


@dataclass(frozen=True, slots=True)
class NoteTemplate:
    key: str
    name: dict[str, str]
    sections: tuple[TemplateSection, ...]
    description: dict[str, str] = field(default_factory=dict)
    builtin: bool = True
    path: Path | None = None

    def name_in(self, lang: Lang | None = None) -> str:
        return self.name[lang or default_language()]

    def description_in(self, lang: Lang | None = None) -> str:
        return self.description.get(lang or default_language(), "")

    def section(self, key: str) -> TemplateSection | None:
        return next((s for s in self.sections if s.key == key), None)


@dataclass(frozen=True)
class TemplateCatalogue:
    """All usable templates, in display order, and the problems of broken user files."""

    templates: list[NoteTemplate]
    problems: list[TemplateError] = field(default_factory=list)

    def get(self, key: str) -> NoteTemplate:
        """The template ``key``; an unknown (e.g. deleted) key falls back to free text."""
        for template in self.templates:
            if template.key == key:
                return template
        return self.free

    @property
    def free(self) -> NoteTemplate:
        return next(t for t in self.templates if t.key == FREE)

    @property
    def keys(self) -> list[str]:
        return [t.key for t in self.templates]


# --- validation -------------------------------------------------------------


def _problem(path: Path | str, problem: str, **params: object) -> TemplateError:
    return TemplateError(Path(path).name, problem, **params)


def _translated(value: Any, path: Path, where: str, *, required: bool = True) -> dict[str, str]:
    if not isinstance(value, dict):
        raise _problem(path, "not_translated", where=where)
    result: dict[str, str] = {}
    for lang in LANGUAGES:
        text = value.get(lang)
        if not isinstance(text, str) or (required and not text.strip()):
            raise _problem(path, "missing_language", where=where, lang=lang)
        if len(text) > MAX_TEXT:
            raise _problem(path, "too_long", where=where, limit=MAX_TEXT)
        result[lang] = text.strip()
    return result


def parse_template(data: Any, path: Path, *, builtin: bool) -> NoteTemplate:
    """Validate the decoded JSON of one template file; raise TemplateError naming the problem."""
    if not isinstance(data, dict):
        raise _problem(path, "not_object")
    key = data.get("key")
    if not isinstance(key, str) or not KEY.match(key):
        raise _problem(path, "bad_key", where="key", value=str(key)[:40])
    name = _translated(data.get("name"), path, "name")
    description = (
        _translated(data["description"], path, "description", required=False)
        if "description" in data
        else {}
    )
    raw_sections = data.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise _problem(path, "no_sections")
    if len(raw_sections) > MAX_SECTIONS:
        raise _problem(path, "too_many_sections", limit=MAX_SECTIONS)
    sections: list[TemplateSection] = []
    seen: set[str] = set()
    for n, raw in enumerate(raw_sections, start=1):
        where = f"sections[{n}]"
        if not isinstance(raw, dict):
            raise _problem(path, "not_object_at", where=where)
        skey = raw.get("key")
        if not isinstance(skey, str) or not KEY.match(skey):
            raise _problem(path, "bad_key", where=f"{where}.key", value=str(skey)[:40])
        if skey in seen:
            raise _problem(path, "duplicate_section", where=where, value=skey)
        seen.add(skey)
        heading = _translated(raw.get("heading"), path, f"{where}.heading")
        for lang, text in heading.items():
            if "\n" in text or text.startswith("#"):
                raise _problem(path, "bad_heading", where=f"{where}.heading", lang=lang)
        prompt = _translated(
            raw.get("prompt", {"nl": "", "en": ""}), path, f"{where}.prompt", required=False
        )
        sections.append(TemplateSection(key=skey, heading=heading, prompt=prompt))
    return NoteTemplate(
        key=key,
        name=name,
        description=description,
        sections=tuple(sections),
        builtin=builtin,
        path=path,
    )


def read_template(path: Path, *, builtin: bool = False) -> NoteTemplate:
    """Read and validate one template file."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _problem(path, "too_big", limit=MAX_FILE_BYTES // 1024)
        raw = path.read_bytes()
    except OSError as exc:
        raise _problem(path, "unreadable", detail=exc.strerror or str(exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _problem(path, "not_utf8") from exc
    excess = json_limits.check(text, max_depth=8, max_containers=4 * MAX_SECTIONS + 8)
    if excess is not None:  # refused before parsing: no RecursionError, no minutes of CPU
        raise _problem(path, excess.problem, line=excess.line, limit=excess.limit)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _problem(path, "bad_json", line=exc.lineno, detail=exc.msg) from exc
    return parse_template(data, path, builtin=builtin)


# --- the catalogue -----------------------------------------------------------

BUILTIN_ORDER = ("grow", "oskar", "clear", "solution_focused", FREE)


def builtin_folder() -> Path:
    return resource("templates")


def user_folder(data_dir: Path) -> Path:
    return data_dir / USER_FOLDER


def load_catalogue(data_dir: Path | None = None) -> TemplateCatalogue:
    """Built-in templates first (their fixed order), then the coach's own by name.

    A broken built-in file is a packaging error and raises; a broken user file
    is skipped and reported in ``problems``.
    """
    builtins = [read_template(p, builtin=True) for p in sorted(builtin_folder().glob("*.json"))]
    order = {key: n for n, key in enumerate(BUILTIN_ORDER)}
    builtins.sort(key=lambda t: (order.get(t.key, len(order)), t.key))
    taken = {t.key for t in builtins}
    own: list[NoteTemplate] = []
    problems: list[TemplateError] = []
    if data_dir is not None and user_folder(data_dir).is_dir():
        for path in sorted(user_folder(data_dir).glob("*.json")):
            try:
                template = read_template(path)
            except TemplateError as exc:
                problems.append(exc)
                continue
            if template.key in taken:
                problems.append(_problem(path, "key_taken", value=template.key))
                continue
            taken.add(template.key)
            own.append(template)
    own.sort(key=lambda t: t.name_in().lower())
    return TemplateCatalogue(templates=builtins + own, problems=problems)


def import_template(source: Path, data_dir: Path) -> NoteTemplate:
    """Validate ``source`` and copy it into the coach's template folder as ``<key>.json``.

    A built-in key is refused; an own template with the same key is replaced.
    The copy is written atomically, so a failure leaves nothing half-written.
    """
    template = read_template(Path(source))
    if template.key in {p.stem for p in builtin_folder().glob("*.json")}:
        raise _problem(source, "key_taken", value=template.key)
    folder = user_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{template.key}.json"
    tmp = target.with_name(target.name + ".part")
    payload: dict[str, Any] = {"key": template.key, "name": template.name}
    if template.description:
        payload["description"] = template.description
    payload |= {
        "sections": [
            {"key": s.key, "heading": s.heading, "prompt": s.prompt} for s in template.sections
        ],
    }
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)  # never a .part left behind
        raise
    return NoteTemplate(
        key=template.key,
        name=template.name,
        description=template.description,
        sections=template.sections,
        builtin=False,
        path=target,
    )
