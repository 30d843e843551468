from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.message import Message


T = TypeVar("T", bound="ThreadMessageListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadMessageListResponse(AdditionalProperties):
    """One page of a thread's messages with flat page counters.

    Attributes:
        messages (list[Message]):
        total (int | None): Number of messages in the thread.
        page (int | None):
        limit (int | None):
    """

    messages: list[Message]
    total: int | None = None
    page: int | None = None
    limit: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["messages"] = [_i.to_dict() for _i in self.messages]
        if self.total is not None:
            field_dict["total"] = self.total
        if self.page is not None:
            field_dict["page"] = self.page
        if self.limit is not None:
            field_dict["limit"] = self.limit
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        messages = src_dict["messages"]
        if _type(messages) is not list:
            messages = _check_list(messages, "ThreadMessageListResponse", "messages")
        messages = [
            _Message_from_dict(_i)
            if _type(_i) is dict
            else _Message_from_dict(_check_object(_i, "ThreadMessageListResponse", "messages"))
            for _i in messages
        ]
        total = _get("total")
        if _type(total) is not int and total is not None:
            total = _check_int(total, "ThreadMessageListResponse", "total")
        page = _get("page")
        if _type(page) is not int and page is not None:
            page = _check_int(page, "ThreadMessageListResponse", "page")
        limit = _get("limit")
        if _type(limit) is not int and limit is not None:
            limit = _check_int(limit, "ThreadMessageListResponse", "limit")
        _instance = cls(messages, total, page, limit)
        if not _THREADMESSAGELISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADMESSAGELISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.message import Message  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADMESSAGELISTRESPONSE_KEYS: frozenset[str] = frozenset({"messages", "total", "page", "limit"})
_Message_from_dict = Message._from_dict
