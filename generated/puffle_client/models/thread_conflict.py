from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.thread import Thread
    from ..models.thread_conflict_error_type_1 import ThreadConflictErrorType1


T = TypeVar("T", bound="ThreadConflict")


@_attrs_define
class ThreadConflict(AdditionalProperties):
    """A 409 that names the thread(s) already open with the same recipient, so the caller can reuse one.

    Attributes:
        error (str | ThreadConflictErrorType1 | Unset): The error message, as an envelope object or a plain string (the
            page does not show which).
        existing_thread (Thread | Unset): A Unibox conversation with one participant over email or LinkedIn. Thread
            fields are snake_case.
            Drafts of one-off emails are threads in `draft` status whose `draft_*` fields hold the unsent email.
        existing_threads (list[Thread] | Unset):
    """

    error: str | ThreadConflictErrorType1 | Unset = UNSET
    existing_thread: Thread | Unset = UNSET
    existing_threads: list[Thread] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ThreadConflictErrorType1):
            error = self.error.to_dict()
        else:
            error = self.error

        existing_thread: dict[str, Any] | Unset = UNSET
        if not isinstance(self.existing_thread, Unset):
            existing_thread = self.existing_thread.to_dict()

        existing_threads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.existing_threads, Unset):
            existing_threads = []
            for existing_threads_item_data in self.existing_threads:
                existing_threads_item = existing_threads_item_data.to_dict()
                existing_threads.append(existing_threads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error is not UNSET:
            field_dict["error"] = error
        if existing_thread is not UNSET:
            field_dict["existing_thread"] = existing_thread
        if existing_threads is not UNSET:
            field_dict["existing_threads"] = existing_threads

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error(data: object) -> str | ThreadConflictErrorType1 | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = ThreadConflictErrorType1.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | ThreadConflictErrorType1 | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        _existing_thread = d.pop("existing_thread", UNSET)
        existing_thread: Thread | Unset
        if isinstance(_existing_thread, Unset):
            existing_thread = UNSET
        else:
            existing_thread = Thread.from_dict(_existing_thread)

        _existing_threads = d.pop("existing_threads", UNSET)
        existing_threads: list[Thread] | Unset = UNSET
        if _existing_threads is not UNSET:
            existing_threads = []
            for existing_threads_item_data in _existing_threads:
                existing_threads_item = Thread.from_dict(existing_threads_item_data)

                existing_threads.append(existing_threads_item)

        _instance = cls(
            error=error,
            existing_thread=existing_thread,
            existing_threads=existing_threads,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.thread import Thread  # noqa: E402
from ..models.thread_conflict_error_type_1 import ThreadConflictErrorType1  # noqa: E402
