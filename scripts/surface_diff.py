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
                    "explanation": breakage.explain(griffe.ExplanationStyle.ONE_LINE).strip(),
                }
            )
    return sorted(out, key=lambda b: (b["path"], b["kind"], b["explanation"]))
