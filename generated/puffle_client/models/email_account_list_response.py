from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.email_account import EmailAccount


T = TypeVar("T", bound="EmailAccountListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailAccountListResponse(AdditionalProperties):
    """The caller's email inboxes.

    Attributes:
        accounts (list[EmailAccount]):
    """

    accounts: list[EmailAccount]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["accounts"] = [_i.to_dict() for _i in self.accounts]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        accounts = src_dict["accounts"]
        if _type(accounts) is not list:
            accounts = _check_list(accounts, "EmailAccountListResponse", "accounts")
        accounts = [
            _EmailAccount_from_dict(_i)
            if _type(_i) is dict
            else _EmailAccount_from_dict(_check_object(_i, "EmailAccountListResponse", "accounts"))
            for _i in accounts
        ]
        _instance = cls(accounts)
        if not _EMAILACCOUNTLISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILACCOUNTLISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_account import EmailAccount  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILACCOUNTLISTRESPONSE_KEYS: frozenset[str] = frozenset({"accounts"})
_EmailAccount_from_dict = EmailAccount._from_dict
