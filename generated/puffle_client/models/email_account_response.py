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
    from ..models.email_account import EmailAccount


T = TypeVar("T", bound="EmailAccountResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailAccountResponse(AdditionalProperties):
    """A single email inbox row.

    Attributes:
        account (EmailAccount): A Puffle-managed email inbox (an accounts row with `type` `email`) joined with its
            domain.
    """

    account: EmailAccount
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["account"] = self.account.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        account = src_dict["account"]
        if _type(account) is not dict:
            account = _check_object(account, "EmailAccountResponse", "account")
        account = _EmailAccount_from_dict(account)
        _instance = cls(account)
        if not _EMAILACCOUNTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILACCOUNTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_account import EmailAccount  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILACCOUNTRESPONSE_KEYS: frozenset[str] = frozenset({"account"})
_EmailAccount_from_dict = EmailAccount._from_dict
