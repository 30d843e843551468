from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BusinessContextCompany")


@_attrs_define
class BusinessContextCompany:
    """How the company describes itself.

    Attributes:
        overview (None | str | Unset):
        product (None | str | Unset):
        problem_solved (None | str | Unset):
        differentiators (None | str | Unset):
        linked_in_presence (None | str | Unset):
    """

    overview: str | Unset | None = UNSET
    product: str | Unset | None = UNSET
    problem_solved: str | Unset | None = UNSET
    differentiators: str | Unset | None = UNSET
    linked_in_presence: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overview: str | Unset | None
        if isinstance(self.overview, Unset):
            overview = UNSET
        else:
            overview = self.overview

        product: str | Unset | None
        if isinstance(self.product, Unset):
            product = UNSET
        else:
            product = self.product

        problem_solved: str | Unset | None
        if isinstance(self.problem_solved, Unset):
            problem_solved = UNSET
        else:
            problem_solved = self.problem_solved

        differentiators: str | Unset | None
        if isinstance(self.differentiators, Unset):
            differentiators = UNSET
        else:
            differentiators = self.differentiators

        linked_in_presence: str | Unset | None
        if isinstance(self.linked_in_presence, Unset):
            linked_in_presence = UNSET
        else:
            linked_in_presence = self.linked_in_presence

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overview is not UNSET:
            field_dict["overview"] = overview
        if product is not UNSET:
            field_dict["product"] = product
        if problem_solved is not UNSET:
            field_dict["problemSolved"] = problem_solved
        if differentiators is not UNSET:
            field_dict["differentiators"] = differentiators
        if linked_in_presence is not UNSET:
            field_dict["linkedInPresence"] = linked_in_presence

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_overview(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overview = _parse_overview(d.pop("overview", UNSET))

        def _parse_product(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product = _parse_product(d.pop("product", UNSET))

        def _parse_problem_solved(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        problem_solved = _parse_problem_solved(d.pop("problemSolved", UNSET))

        def _parse_differentiators(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        differentiators = _parse_differentiators(d.pop("differentiators", UNSET))

        def _parse_linked_in_presence(data: object) -> str | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linked_in_presence = _parse_linked_in_presence(d.pop("linkedInPresence", UNSET))

        _instance = cls(
            overview=overview,
            product=product,
            problem_solved=problem_solved,
            differentiators=differentiators,
            linked_in_presence=linked_in_presence,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
