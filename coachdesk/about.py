"""What CoachDesk is built from, and under which licences (Help > About CoachDesk).

Qt-free, so it can be read and tested headless. The Python packages are the ones
CoachDesk needs when it runs, found by following the requirements in the installed
packages' own metadata (importlib.metadata); each licence is the one the package
declares (its licence expression, its licence field, or its licence classifiers).
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
from dataclasses import dataclass

from coachdesk import __version__
from coachdesk.paths import resource

APP_DISTRIBUTION = "coachdesk"
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
_CLASSIFIER = "License :: "
_OSI = "OSI Approved :: "


@dataclass(frozen=True, slots=True)
class Package:
    name: str
    version: str
    licence: str  # "" when the package does not say


def version() -> str:
    return __version__


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(dist: metadata.Distribution, name: str) -> str:
    values = dist.metadata.get_all(name) or []
    return str(values[0]).strip() if values else ""


def _licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _field(dist, "License-Expression")
    if expression:
        return expression
    field = _field(dist, "License")
    if field and "\n" not in field and len(field) <= 80:  # a name, not the whole text
        return field
    names = []
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith(_CLASSIFIER):
            name = classifier[len(_CLASSIFIER) :]
            names.append(name[len(_OSI) :] if name.startswith(_OSI) else name)
    if names:
        return ", ".join(names)
    return field.splitlines()[0].strip() if field else ""


def _runtime_requirements(dist: metadata.Distribution) -> list[str]:
    """Names of what ``dist`` needs to run (not its extras: tests, docs, ...)."""
    found = []
    for requirement in dist.requires or []:
        text, _, marker = requirement.partition(";")
        if "extra" in marker:
            continue
        match = _NAME.match(text)
        if match:
            found.append(match.group(1))
    return found


def packages(root: str = APP_DISTRIBUTION) -> list[Package]:
    """The installed packages ``root`` runs on (itself excluded), by name."""
    try:
        start = metadata.distribution(root)
    except metadata.PackageNotFoundError:
        return []
    seen: dict[str, Package] = {}
    todo = _runtime_requirements(start)
    while todo:
        name = todo.pop()
        key = _normal(name)
        if key in seen or key == _normal(root):
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:  # only for another platform or Python
            continue
        seen[key] = Package(dist.metadata["Name"] or name, dist.version, _licence(dist))
        todo.extend(_runtime_requirements(dist))
    return sorted(seen.values(), key=lambda p: p.name.lower())


def font_licence_file():  # noqa: ANN201 - Path
    """The SIL Open Font License of the Noto fonts shipped in resources/fonts."""
    return resource("fonts", "OFL.txt")


def font_families() -> list[str]:
    """The shipped font families, e.g. ["Noto Sans", "Noto Sans Mono", ...]."""
    families = set()
    for path in resource("fonts").glob("*.ttf"):
        stem = path.stem.split("-")[0]  # NotoSansMono-Bold -> NotoSansMono
        families.add(re.sub(r"(?<=[a-z0-9])(?=[A-Z0-9])", " ", stem))
    return sorted(families)
