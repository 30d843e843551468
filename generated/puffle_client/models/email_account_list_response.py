from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.email_account import EmailAccount


T = TypeVar("T", bound="EmailAccountListResponse")


@_attrs_define
class EmailAccountListResponse(AdditionalProperties):
    """The caller's email inboxes.

    Attributes:
        accounts (list[EmailAccount]):
    """

    accounts: list[EmailAccount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = EmailAccount.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        _instance = cls(
            accounts=accounts,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_account import EmailAccount  # noqa: E402
