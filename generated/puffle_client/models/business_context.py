from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.business_context_company import BusinessContextCompany
    from ..models.business_context_content import BusinessContextContent
    from ..models.business_context_extra import BusinessContextExtra
    from ..models.business_context_market import BusinessContextMarket
    from ..models.business_context_user import BusinessContextUser


T = TypeVar("T", bound="BusinessContext")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class BusinessContext(AdditionalProperties):
    """The assembled company profile of the workspace: user background, company positioning, content voice
    and market / ICP, plus free-form `extra`.

        Attributes:
            user (BusinessContextUser | None):
            company (BusinessContextCompany | None):
            content (BusinessContextContent | None):
            market (BusinessContextMarket | None):
            extra (BusinessContextExtra | None):
    """

    user: BusinessContextUser | None = None
    company: BusinessContextCompany | None = None
    content: BusinessContextContent | None = None
    market: BusinessContextMarket | None = None
    extra: BusinessContextExtra | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["user"] = None if self.user is None else self.user.to_dict()
        field_dict["company"] = None if self.company is None else self.company.to_dict()
        field_dict["content"] = None if self.content is None else self.content.to_dict()
        field_dict["market"] = None if self.market is None else self.market.to_dict()
        field_dict["extra"] = None if self.extra is None else self.extra.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        user = _get("user")
        if user is not None:
            if _type(user) is not dict:
                user = _check_object(user, "BusinessContext", "user")
            user = _BusinessContextUser_from_dict(user)
        company = _get("company")
        if company is not None:
            if _type(company) is not dict:
                company = _check_object(company, "BusinessContext", "company")
            company = _BusinessContextCompany_from_dict(company)
        content = _get("content")
        if content is not None:
            if _type(content) is not dict:
                content = _check_object(content, "BusinessContext", "content")
            content = _BusinessContextContent_from_dict(content)
        market = _get("market")
        if market is not None:
            if _type(market) is not dict:
                market = _check_object(market, "BusinessContext", "market")
            market = _BusinessContextMarket_from_dict(market)
        extra = _get("extra")
        if extra is not None:
            if _type(extra) is not dict:
                extra = _check_object(extra, "BusinessContext", "extra")
            extra = _BusinessContextExtra_from_dict(extra)
        _instance = cls(user, company, content, market, extra)
        if not _BUSINESSCONTEXT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _BUSINESSCONTEXT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.business_context_company import BusinessContextCompany  # noqa: E402
from ..models.business_context_content import BusinessContextContent  # noqa: E402
from ..models.business_context_extra import BusinessContextExtra  # noqa: E402
from ..models.business_context_market import BusinessContextMarket  # noqa: E402
from ..models.business_context_user import BusinessContextUser  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_BUSINESSCONTEXT_KEYS: frozenset[str] = frozenset({"user", "company", "content", "market", "extra"})
_BusinessContextCompany_from_dict = BusinessContextCompany._from_dict
_BusinessContextContent_from_dict = BusinessContextContent._from_dict
_BusinessContextExtra_from_dict = BusinessContextExtra._from_dict
_BusinessContextMarket_from_dict = BusinessContextMarket._from_dict
_BusinessContextUser_from_dict = BusinessContextUser._from_dict
