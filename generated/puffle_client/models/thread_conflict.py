from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
    _to_json_data,
    _wrong_type,
)

if TYPE_CHECKING:
    from ..models.thread import Thread
    from ..models.thread_conflict_error_type_1 import ThreadConflictErrorType1


T = TypeVar("T", bound="ThreadConflict")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadConflict(AdditionalProperties):
    """A 409 that names the thread(s) already open with the same recipient, so the caller can reuse one.

    Attributes:
        error (str | ThreadConflictErrorType1 | None): The error message, as an envelope object or a plain string (the
            page does not show which).
        existing_thread (Thread | None): A Unibox conversation with one participant over email or LinkedIn. Thread
            fields are snake_case.
            Drafts of one-off emails are threads in `draft` status whose `draft_*` fields hold the unsent email.
        existing_threads (list[Thread] | None):
    """

    error: str | ThreadConflictErrorType1 | None = None
    existing_thread: Thread | None = None
    existing_threads: list[Thread] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.error is not None:
            field_dict["error"] = _to_json_data(self.error)
        if self.existing_thread is not None:
            field_dict["existing_thread"] = self.existing_thread.to_dict()
        if self.existing_threads is not None:
            field_dict["existing_threads"] = [_i.to_dict() for _i in self.existing_threads]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        error = _get("error")
        if error is not None:
            if _type(error) is str:
                pass
            elif _type(error) is dict:
                if _type(error) is not dict:
                    error = _check_object(error, "ThreadConflict", "error")
                error = _ThreadConflictErrorType1_from_dict(error)
            else:
                _wrong_type(error, "ThreadConflictErrorType1 or str", "ThreadConflict", "error")
        existing_thread = _get("existing_thread")
        if existing_thread is not None:
            if _type(existing_thread) is not dict:
                existing_thread = _check_object(existing_thread, "ThreadConflict", "existing_thread")
            existing_thread = _Thread_from_dict(existing_thread)
        existing_threads = _get("existing_threads")
        if existing_threads is not None:
            if _type(existing_threads) is not list:
                existing_threads = _check_list(existing_threads, "ThreadConflict", "existing_threads")
            existing_threads = [
                _Thread_from_dict(_i)
                if _type(_i) is dict
                else _Thread_from_dict(_check_object(_i, "ThreadConflict", "existing_threads"))
                for _i in existing_threads
            ]
        _instance = cls(error, existing_thread, existing_threads)
        if not _THREADCONFLICT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADCONFLICT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.thread import Thread  # noqa: E402
from ..models.thread_conflict_error_type_1 import ThreadConflictErrorType1  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADCONFLICT_KEYS: frozenset[str] = frozenset({"error", "existing_thread", "existing_threads"})
_Thread_from_dict = Thread._from_dict
_ThreadConflictErrorType1_from_dict = ThreadConflictErrorType1._from_dict
