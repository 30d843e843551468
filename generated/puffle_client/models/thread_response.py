from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.thread import Thread


T = TypeVar("T", bound="ThreadResponse")


@_attrs_define
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
        thread = self.thread.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thread": thread,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thread = Thread.from_dict(d.pop("thread"))

        _instance = cls(
            thread=thread,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.thread import Thread  # noqa: E402
