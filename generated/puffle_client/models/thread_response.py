from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.thread import Thread


T = TypeVar("T", bound="ThreadResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadResponse(AdditionalProperties):
    """A single thread wrapped under `thread`.

    Attributes:
        thread (Thread): A Unibox conversation with one participant over email or LinkedIn. Thread fields are
            snake_case.
            Drafts of one-off emails are threads in `draft` status whose `draft_*` fields hold the unsent email.
    """

    thread: Thread
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["thread"] = self.thread.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        thread = src_dict["thread"]
        if _type(thread) is not dict:
            thread = _check_object(thread, "ThreadResponse", "thread")
        thread = _Thread_from_dict(thread)
        _instance = cls(thread)
        if not _THREADRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.thread import Thread  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADRESPONSE_KEYS: frozenset[str] = frozenset({"thread"})
_Thread_from_dict = Thread._from_dict
