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


T = TypeVar("T", bound="BusinessContextInput")


@_attrs_define
class BusinessContextInput(AdditionalProperties):
    """A complete business context to store; all four sections are required, `extra` may be null.

    Attributes:
        user (BusinessContextUser): Background of the workspace's user.
        company (BusinessContextCompany): How the company describes itself.
        content (BusinessContextContent): Content voice and posting preferences.
        market (BusinessContextMarket): Target market and ideal customer profile.
        extra (BusinessContextExtra | None | Unset):
    """

    user: BusinessContextUser
    company: BusinessContextCompany
    content: BusinessContextContent
    market: BusinessContextMarket
    extra: BusinessContextExtra | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user.to_dict()

        company = self.company.to_dict()

        content = self.content.to_dict()

        market = self.market.to_dict()

        extra: dict[str, Any] | Unset | None
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, BusinessContextExtra):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user": user,
                "company": company,
                "content": content,
                "market": market,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user = BusinessContextUser.from_dict(d.pop("user"))

        company = BusinessContextCompany.from_dict(d.pop("company"))

        content = BusinessContextContent.from_dict(d.pop("content"))

        market = BusinessContextMarket.from_dict(d.pop("market"))

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
