from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="BusinessContextCompany")


@_attrs_define
class BusinessContextCompany(AdditionalProperties):
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
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        overview = cast(None | str | Unset, d.pop("overview", UNSET))

        product = cast(None | str | Unset, d.pop("product", UNSET))

        problem_solved = cast(None | str | Unset, d.pop("problemSolved", UNSET))

        differentiators = cast(None | str | Unset, d.pop("differentiators", UNSET))

        linked_in_presence = cast(None | str | Unset, d.pop("linkedInPresence", UNSET))

        _instance = cls(
            overview=overview,
            product=product,
            problem_solved=problem_solved,
            differentiators=differentiators,
            linked_in_presence=linked_in_presence,
        )

        _instance.additional_properties = d
        return _instance
