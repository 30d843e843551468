"""The Python layer of `make api-diff`: breaking changes in the public surface of ``puffle`` and ``puffle_client``.

griffe reads both trees statically (no import, so a broken base cannot run code) and lists what would break a
caller: removed objects, removed or reordered parameters, new required parameters, changed types or defaults.
This catches breaks the spec layer cannot see, such as a template or overlay change.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import griffe

PACKAGES = (("puffle", "overlays"), ("puffle_client", "generated"))


def _load(root: Path, package: str) -> griffe.Object | griffe.Alias:
    # Both folders on the search path: puffle re-exports names from puffle_client.
    return griffe.load(package, search_paths=[root / "overlays", root / "generated"], resolve_aliases=False)


def _show(value: Any) -> str:
    if isinstance(value, griffe.Parameter):
        kind = value.kind.value if value.kind is not None else ""
        default = f" = {value.default}" if value.default is not None else ""
        return f"{value.name}{default} ({kind})" if kind else f"{value.name}{default}"
    if isinstance(value, griffe.Object | griffe.Alias):
        return value.path
    return str(value)


def describe(breakage: griffe.Breakage) -> str:
    """One plain line (griffe's own explanations carry terminal colours and temp-dir file paths)."""
    old, new = breakage.old_value, breakage.new_value
    if isinstance(old, griffe.Object | griffe.Alias):  # removed or changed kind: the path says which
        return breakage.kind.value
    if old is None or new is None:
        value = old if new is None else new
        return f"{breakage.kind.value}: {_show(value)}" if value is not None else breakage.kind.value
    return f"{breakage.kind.value}: {_show(old)} -> {_show(new)}"


def breaking_changes(old_root: Path, new_root: Path) -> list[dict[str, Any]]:
    """Each breakage as a dict: package, object path, kind and a one-line explanation."""
    out: list[dict[str, Any]] = []
    for package, folder in PACKAGES:
        if not (old_root / folder / package).is_dir():
            continue  # the package did not exist yet: nothing of it can break
        if not (new_root / folder / package).is_dir():
            out.append({"package": package, "path": package, "kind": "package-removed", "explanation": package})
            continue
        old, new = _load(old_root, package), _load(new_root, package)
        for breakage in griffe.find_breaking_changes(old, new):
            out.append(
                {
                    "package": package,
                    "path": breakage.obj.path,
                    "kind": breakage.kind.value,
                    "explanation": describe(breakage),
                }
            )
    return sorted(out, key=lambda b: (b["path"], b["kind"], b["explanation"]))
