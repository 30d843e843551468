from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.email_account import EmailAccount


T = TypeVar("T", bound="EmailAccountResponse")


@_attrs_define
class EmailAccountResponse(AdditionalProperties):
    """A single email inbox row.

    Attributes:
        account (EmailAccount): A Puffle-managed email inbox (an accounts row with `type` `email`) joined with its
            domain.
    """

    account: EmailAccount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account = EmailAccount.from_dict(d.pop("account"))

        _instance = cls(
            account=account,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_account import EmailAccount  # noqa: E402
