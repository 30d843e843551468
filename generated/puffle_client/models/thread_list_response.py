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
    from ..models.thread import Thread
    from ..models.thread_filter_options import ThreadFilterOptions


T = TypeVar("T", bound="ThreadListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadListResponse(AdditionalProperties):
    """One page of threads with flat page counters. In correspondence-lookup mode
    (`correspondence=true`) the server answers with an undocumented shape instead, so nothing is required.

        Attributes:
            threads (list[Thread] | None):
            total (int | None): Number of threads matching the filters.
            page (int | None):
            limit (int | None):
            filter_options (ThreadFilterOptions | None):
    """

    threads: list[Thread] | None = None
    total: int | None = None
    page: int | None = None
    limit: int | None = None
    filter_options: ThreadFilterOptions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.threads is not None:
            field_dict["threads"] = [_i.to_dict() for _i in self.threads]
        if self.total is not None:
            field_dict["total"] = self.total
        if self.page is not None:
            field_dict["page"] = self.page
        if self.limit is not None:
            field_dict["limit"] = self.limit
        field_dict["filter_options"] = None if self.filter_options is None else self.filter_options.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        threads = _get("threads")
        if threads is not None:
            if _type(threads) is not list:
                threads = _check_list(threads, "ThreadListResponse", "threads")
            threads = [
                _Thread_from_dict(_i)
                if _type(_i) is dict
                else _Thread_from_dict(_check_object(_i, "ThreadListResponse", "threads"))
                for _i in threads
            ]
        total = _get("total")
        if _type(total) is not int and total is not None:
            total = _check_int(total, "ThreadListResponse", "total")
        page = _get("page")
        if _type(page) is not int and page is not None:
            page = _check_int(page, "ThreadListResponse", "page")
        limit = _get("limit")
        if _type(limit) is not int and limit is not None:
            limit = _check_int(limit, "ThreadListResponse", "limit")
        filter_options = _get("filter_options")
        if filter_options is not None:
            if _type(filter_options) is not dict:
                filter_options = _check_object(filter_options, "ThreadListResponse", "filter_options")
            filter_options = _ThreadFilterOptions_from_dict(filter_options)
        _instance = cls(threads, total, page, limit, filter_options)
        if not _THREADLISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADLISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.thread import Thread  # noqa: E402
from ..models.thread_filter_options import ThreadFilterOptions  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADLISTRESPONSE_KEYS: frozenset[str] = frozenset({"threads", "total", "page", "limit", "filter_options"})
_Thread_from_dict = Thread._from_dict
_ThreadFilterOptions_from_dict = ThreadFilterOptions._from_dict
