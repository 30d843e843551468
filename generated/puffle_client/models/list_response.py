from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.list_ import List


T = TypeVar("T", bound="ListResponse")


@_attrs_define
class ListResponse(AdditionalProperties):
    """Wrapper around a single List.

    Attributes:
        list_ (List): A named set of Leads. It records membership only; the Lead data stays on the Leads. Every
            workspace
            has a protected default List called `all`.
    """

    list_: List
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_ = self.list_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list": list_,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_ = List.from_dict(d.pop("list"))

        _instance = cls(
            list_=list_,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.list_ import List  # noqa: E402
