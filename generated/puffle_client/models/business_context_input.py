from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.business_context_company import BusinessContextCompany
    from ..models.business_context_content import BusinessContextContent
    from ..models.business_context_extra import BusinessContextExtra
    from ..models.business_context_market import BusinessContextMarket
    from ..models.business_context_user import BusinessContextUser


T = TypeVar("T", bound="BusinessContextInput")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class BusinessContextInput(AdditionalProperties):
    """A complete business context to store; all four sections are required, `extra` may be null.

    Attributes:
        user (BusinessContextUser): Background of the workspace's user.
        company (BusinessContextCompany): How the company describes itself.
        content (BusinessContextContent): Content voice and posting preferences.
        market (BusinessContextMarket): Target market and ideal customer profile.
        extra (BusinessContextExtra | Unset | None):
    """

    user: BusinessContextUser
    company: BusinessContextCompany
    content: BusinessContextContent
    market: BusinessContextMarket
    extra: BusinessContextExtra | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["user"] = self.user.to_dict()
        field_dict["company"] = self.company.to_dict()
        field_dict["content"] = self.content.to_dict()
        field_dict["market"] = self.market.to_dict()
        if not isinstance(self.extra, Unset):
            field_dict["extra"] = None if self.extra is None else self.extra.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        user = src_dict["user"]
        if _type(user) is not dict:
            user = _check_object(user, "BusinessContextInput", "user")
        user = _BusinessContextUser_from_dict(user)
        company = src_dict["company"]
        if _type(company) is not dict:
            company = _check_object(company, "BusinessContextInput", "company")
        company = _BusinessContextCompany_from_dict(company)
        content = src_dict["content"]
        if _type(content) is not dict:
            content = _check_object(content, "BusinessContextInput", "content")
        content = _BusinessContextContent_from_dict(content)
        market = src_dict["market"]
        if _type(market) is not dict:
            market = _check_object(market, "BusinessContextInput", "market")
        market = _BusinessContextMarket_from_dict(market)
        extra = _get("extra", UNSET)
        if extra is not UNSET and extra is not None:
            if _type(extra) is not dict:
                extra = _check_object(extra, "BusinessContextInput", "extra")
            extra = _BusinessContextExtra_from_dict(extra)
        _instance = cls(user, company, content, market, extra)
        if not _BUSINESSCONTEXTINPUT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _BUSINESSCONTEXTINPUT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.business_context_company import BusinessContextCompany  # noqa: E402
from ..models.business_context_content import BusinessContextContent  # noqa: E402
from ..models.business_context_extra import BusinessContextExtra  # noqa: E402
from ..models.business_context_market import BusinessContextMarket  # noqa: E402
from ..models.business_context_user import BusinessContextUser  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_BUSINESSCONTEXTINPUT_KEYS: frozenset[str] = frozenset({"user", "company", "content", "market", "extra"})
_BusinessContextCompany_from_dict = BusinessContextCompany._from_dict
_BusinessContextContent_from_dict = BusinessContextContent._from_dict
_BusinessContextExtra_from_dict = BusinessContextExtra._from_dict
_BusinessContextMarket_from_dict = BusinessContextMarket._from_dict
_BusinessContextUser_from_dict = BusinessContextUser._from_dict
