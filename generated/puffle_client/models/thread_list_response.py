from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.thread import Thread
    from ..models.thread_filter_options import ThreadFilterOptions


T = TypeVar("T", bound="ThreadListResponse")


@_attrs_define
class ThreadListResponse(AdditionalProperties):
    """One page of threads with flat page counters. In correspondence-lookup mode
    (`correspondence=true`) the server answers with an undocumented shape instead, so nothing is required.

        Attributes:
            threads (list[Thread] | Unset):
            total (int | Unset): Number of threads matching the filters.
            page (int | Unset):
            limit (int | Unset):
            filter_options (None | ThreadFilterOptions | Unset):
    """

    threads: list[Thread] | Unset = UNSET
    total: int | Unset = UNSET
    page: int | Unset = UNSET
    limit: int | Unset = UNSET
    filter_options: ThreadFilterOptions | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        threads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.threads, Unset):
            threads = []
            for threads_item_data in self.threads:
                threads_item = threads_item_data.to_dict()
                threads.append(threads_item)

        total = self.total

        page = self.page

        limit = self.limit

        filter_options: dict[str, Any] | Unset | None
        if isinstance(self.filter_options, Unset):
            filter_options = UNSET
        elif isinstance(self.filter_options, ThreadFilterOptions):
            filter_options = self.filter_options.to_dict()
        else:
            filter_options = self.filter_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if threads is not UNSET:
            field_dict["threads"] = threads
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit
        if filter_options is not UNSET:
            field_dict["filter_options"] = filter_options

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _threads = d.pop("threads", UNSET)
        threads: list[Thread] | Unset = UNSET
        if _threads is not UNSET:
            threads = []
            for threads_item_data in _threads:
                threads_item = Thread.from_dict(threads_item_data)

                threads.append(threads_item)

        total = d.pop("total", UNSET)

        page = d.pop("page", UNSET)

        limit = d.pop("limit", UNSET)

        def _parse_filter_options(data: object) -> ThreadFilterOptions | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_options_type_0 = ThreadFilterOptions.from_dict(data)

                return filter_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadFilterOptions | Unset, data)

        filter_options = _parse_filter_options(d.pop("filter_options", UNSET))

        _instance = cls(
            threads=threads,
            total=total,
            page=page,
            limit=limit,
            filter_options=filter_options,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.thread import Thread  # noqa: E402
from ..models.thread_filter_options import ThreadFilterOptions  # noqa: E402
