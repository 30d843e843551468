from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
)

T = TypeVar("T", bound="BusinessContextCompany")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class BusinessContextCompany(AdditionalProperties):
    """How the company describes itself.

    Attributes:
        overview (str | Unset | None):
        product (str | Unset | None):
        problem_solved (str | Unset | None):
        differentiators (str | Unset | None):
        linked_in_presence (str | Unset | None):
    """

    overview: str | Unset | None = UNSET
    product: str | Unset | None = UNSET
    problem_solved: str | Unset | None = UNSET
    differentiators: str | Unset | None = UNSET
    linked_in_presence: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.overview, Unset):
            field_dict["overview"] = self.overview
        if not isinstance(self.product, Unset):
            field_dict["product"] = self.product
        if not isinstance(self.problem_solved, Unset):
            field_dict["problemSolved"] = self.problem_solved
        if not isinstance(self.differentiators, Unset):
            field_dict["differentiators"] = self.differentiators
        if not isinstance(self.linked_in_presence, Unset):
            field_dict["linkedInPresence"] = self.linked_in_presence
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        overview = _get("overview", UNSET)
        if _type(overview) is not str and overview is not UNSET and overview is not None:
            overview = _check_str(overview, "BusinessContextCompany", "overview")
        product = _get("product", UNSET)
        if _type(product) is not str and product is not UNSET and product is not None:
            product = _check_str(product, "BusinessContextCompany", "product")
        problem_solved = _get("problemSolved", UNSET)
        if _type(problem_solved) is not str and problem_solved is not UNSET and problem_solved is not None:
            problem_solved = _check_str(problem_solved, "BusinessContextCompany", "problemSolved")
        differentiators = _get("differentiators", UNSET)
        if _type(differentiators) is not str and differentiators is not UNSET and differentiators is not None:
            differentiators = _check_str(differentiators, "BusinessContextCompany", "differentiators")
        linked_in_presence = _get("linkedInPresence", UNSET)
        if _type(linked_in_presence) is not str and linked_in_presence is not UNSET and linked_in_presence is not None:
            linked_in_presence = _check_str(linked_in_presence, "BusinessContextCompany", "linkedInPresence")
        _instance = cls(overview, product, problem_solved, differentiators, linked_in_presence)
        if not _BUSINESSCONTEXTCOMPANY_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _BUSINESSCONTEXTCOMPANY_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_BUSINESSCONTEXTCOMPANY_KEYS: frozenset[str] = frozenset(
    {"overview", "product", "problemSolved", "differentiators", "linkedInPresence"}
)
