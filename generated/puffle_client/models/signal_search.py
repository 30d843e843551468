from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_search_status import SignalSearchStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.signal_search_progress import SignalSearchProgress
    from ..models.signal_search_result import SignalSearchResult


T = TypeVar("T", bound="SignalSearch")


@_attrs_define
class SignalSearch(AdditionalProperties):
    """A freeform search over the enabled data sources.

    Attributes:
        id (str):
        status (None | SignalSearchStatus | Unset):
        query (None | str | Unset):
        filter_prompt (None | str | Unset):
        progress (None | SignalSearchProgress | Unset):
        created_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
        results (list[SignalSearchResult] | None | Unset): Only present when the searches were requested with `ids`.
    """

    id: str
    status: SignalSearchStatus | Unset | None = UNSET
    query: str | Unset | None = UNSET
    filter_prompt: str | Unset | None = UNSET
    progress: SignalSearchProgress | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    completed_at: datetime.datetime | Unset | None = UNSET
    results: list[SignalSearchResult] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SignalSearchStatus):
            status = self.status.value
        else:
            status = self.status

        query: str | Unset | None
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        filter_prompt: str | Unset | None
        if isinstance(self.filter_prompt, Unset):
            filter_prompt = UNSET
        else:
            filter_prompt = self.filter_prompt

        progress: dict[str, Any] | Unset | None
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, SignalSearchProgress):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        completed_at: str | Unset | None
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        results: list[dict[str, Any]] | Unset | None
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = []
            for results_type_0_item_data in self.results:
                results_type_0_item = results_type_0_item_data.to_dict()
                results.append(results_type_0_item)

        else:
            results = self.results

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if query is not UNSET:
            field_dict["query"] = query
        if filter_prompt is not UNSET:
            field_dict["filterPrompt"] = filter_prompt
        if progress is not UNSET:
            field_dict["progress"] = progress
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_status(data: object) -> SignalSearchStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SignalSearchStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalSearchStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        query = cast(None | str | Unset, d.pop("query", UNSET))

        filter_prompt = cast(None | str | Unset, d.pop("filterPrompt", UNSET))

        def _parse_progress(data: object) -> SignalSearchProgress | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0 = SignalSearchProgress.from_dict(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalSearchProgress | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        def _parse_results(data: object) -> list[SignalSearchResult] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                results_type_0 = []
                _results_type_0 = data
                for results_type_0_item_data in _results_type_0:
                    results_type_0_item = SignalSearchResult.from_dict(results_type_0_item_data)

                    results_type_0.append(results_type_0_item)

                return results_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SignalSearchResult] | None | Unset, data)

        results = _parse_results(d.pop("results", UNSET))

        _instance = cls(
            id=id,
            status=status,
            query=query,
            filter_prompt=filter_prompt,
            progress=progress,
            created_at=created_at,
            completed_at=completed_at,
            results=results,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_search_progress import SignalSearchProgress  # noqa: E402
from ..models.signal_search_result import SignalSearchResult  # noqa: E402
