from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_search_status import SignalSearchStatus
from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
    _check_str,
    _parse_datetime,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.signal_search_progress import SignalSearchProgress
    from ..models.signal_search_result import SignalSearchResult


T = TypeVar("T", bound="SignalSearch")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalSearch(AdditionalProperties):
    """A freeform search over the enabled data sources.

    Attributes:
        id (str):
        status (SignalSearchStatus | None):
        query (str | None):
        filter_prompt (str | None):
        progress (SignalSearchProgress | None):
        created_at (datetime.datetime | None):
        completed_at (datetime.datetime | None):
        results (list[SignalSearchResult] | None): Only present when the searches were requested with `ids`.
    """

    id: str
    status: SignalSearchStatus | None = None
    query: str | None = None
    filter_prompt: str | None = None
    progress: SignalSearchProgress | None = None
    created_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    results: list[SignalSearchResult] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["status"] = None if self.status is None else self.status.value
        field_dict["query"] = self.query
        field_dict["filterPrompt"] = self.filter_prompt
        field_dict["progress"] = None if self.progress is None else self.progress.to_dict()
        field_dict["createdAt"] = None if self.created_at is None else self.created_at.isoformat()
        field_dict["completedAt"] = None if self.completed_at is None else self.completed_at.isoformat()
        field_dict["results"] = None if self.results is None else [_i.to_dict() for _i in self.results]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SignalSearch", "id")
        status = _get("status")
        if status is not None:
            if _type(status) is str and status in _SIGNALSEARCHSTATUS_BY_VALUE:
                status = _SIGNALSEARCHSTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(SignalSearchStatus, status, "SignalSearch", "status")
        query = _get("query")
        if _type(query) is not str and query is not None:
            query = _check_str(query, "SignalSearch", "query")
        filter_prompt = _get("filterPrompt")
        if _type(filter_prompt) is not str and filter_prompt is not None:
            filter_prompt = _check_str(filter_prompt, "SignalSearch", "filterPrompt")
        progress = _get("progress")
        if progress is not None:
            if _type(progress) is not dict:
                progress = _check_object(progress, "SignalSearch", "progress")
            progress = _SignalSearchProgress_from_dict(progress)
        created_at = _get("createdAt")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "SignalSearch", "createdAt")
        completed_at = _get("completedAt")
        if completed_at is not None:
            completed_at = _parse_datetime(completed_at, "SignalSearch", "completedAt")
        results = _get("results")
        if results is not None:
            if _type(results) is not list:
                results = _check_list(results, "SignalSearch", "results")
            results = [
                _SignalSearchResult_from_dict(_i)
                if _type(_i) is dict
                else _SignalSearchResult_from_dict(_check_object(_i, "SignalSearch", "results"))
                for _i in results
            ]
        _instance = cls(id, status, query, filter_prompt, progress, created_at, completed_at, results)
        if not _SIGNALSEARCH_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSEARCH_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_search_progress import SignalSearchProgress  # noqa: E402
from ..models.signal_search_result import SignalSearchResult  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSEARCH_KEYS: frozenset[str] = frozenset(
    {"id", "status", "query", "filterPrompt", "progress", "createdAt", "completedAt", "results"}
)
_SIGNALSEARCHSTATUS_BY_VALUE: dict[object, SignalSearchStatus] = cast(
    "dict[object, SignalSearchStatus]", SignalSearchStatus._value2member_map_
)
_SignalSearchProgress_from_dict = SignalSearchProgress._from_dict
_SignalSearchResult_from_dict = SignalSearchResult._from_dict
