from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.business_context_company import BusinessContextCompany
    from ..models.business_context_content import BusinessContextContent
    from ..models.business_context_extra import BusinessContextExtra
    from ..models.business_context_market import BusinessContextMarket
    from ..models.business_context_user import BusinessContextUser


T = TypeVar("T", bound="BusinessContext")


@_attrs_define
class BusinessContext(AdditionalProperties):
    """The assembled company profile of the workspace: user background, company positioning, content voice
    and market / ICP, plus free-form `extra`.

        Attributes:
            user (BusinessContextUser | None | Unset):
            company (BusinessContextCompany | None | Unset):
            content (BusinessContextContent | None | Unset):
            market (BusinessContextMarket | None | Unset):
            extra (BusinessContextExtra | None | Unset):
    """

    user: BusinessContextUser | Unset | None = UNSET
    company: BusinessContextCompany | Unset | None = UNSET
    content: BusinessContextContent | Unset | None = UNSET
    market: BusinessContextMarket | Unset | None = UNSET
    extra: BusinessContextExtra | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user: dict[str, Any] | Unset | None
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, BusinessContextUser):
            user = self.user.to_dict()
        else:
            user = self.user

        company: dict[str, Any] | Unset | None
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, BusinessContextCompany):
            company = self.company.to_dict()
        else:
            company = self.company

        content: dict[str, Any] | Unset | None
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, BusinessContextContent):
            content = self.content.to_dict()
        else:
            content = self.content

        market: dict[str, Any] | Unset | None
        if isinstance(self.market, Unset):
            market = UNSET
        elif isinstance(self.market, BusinessContextMarket):
            market = self.market.to_dict()
        else:
            market = self.market

        extra: dict[str, Any] | Unset | None
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, BusinessContextExtra):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if company is not UNSET:
            field_dict["company"] = company
        if content is not UNSET:
            field_dict["content"] = content
        if market is not UNSET:
            field_dict["market"] = market
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_user(data: object) -> BusinessContextUser | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = BusinessContextUser.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessContextUser | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_company(data: object) -> BusinessContextCompany | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_0 = BusinessContextCompany.from_dict(data)

                return company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessContextCompany | None | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        def _parse_content(data: object) -> BusinessContextContent | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = BusinessContextContent.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessContextContent | None | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_market(data: object) -> BusinessContextMarket | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                market_type_0 = BusinessContextMarket.from_dict(data)

                return market_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessContextMarket | None | Unset, data)

        market = _parse_market(d.pop("market", UNSET))

        def _parse_extra(data: object) -> BusinessContextExtra | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_type_0 = BusinessContextExtra.from_dict(data)

                return extra_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BusinessContextExtra | None | Unset, data)

        extra = _parse_extra(d.pop("extra", UNSET))

        _instance = cls(
            user=user,
            company=company,
            content=content,
            market=market,
            extra=extra,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.business_context_company import BusinessContextCompany  # noqa: E402
from ..models.business_context_content import BusinessContextContent  # noqa: E402
from ..models.business_context_extra import BusinessContextExtra  # noqa: E402
from ..models.business_context_market import BusinessContextMarket  # noqa: E402
from ..models.business_context_user import BusinessContextUser  # noqa: E402
