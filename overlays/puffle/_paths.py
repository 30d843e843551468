"""Reading values out of parsed models along attribute paths taken from the spec's x-puffle-* metadata."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from puffle_client.types import Unset

__all__ = ["get_path"]


def get_path(obj: Any, path: Sequence[str | int]) -> Any:
    """Follow ``path`` (attribute names, list indexes) through ``obj``; None where anything is missing."""
    for seg in path:
        if obj is None or isinstance(obj, Unset):
            return None
        if isinstance(seg, int):
            if not isinstance(obj, list | tuple) or seg >= len(obj):
                return None
            obj = obj[seg]
        elif isinstance(obj, dict):
            obj = obj.get(seg)
        else:
            value = getattr(obj, seg, None)
            if value is None and isinstance(getattr(obj, "additional_properties", None), dict):
                value = obj.additional_properties.get(seg)
            obj = value
    return None if isinstance(obj, Unset) else obj
