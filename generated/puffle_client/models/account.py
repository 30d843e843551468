from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.account_identity import AccountIdentity
    from ..models.account_profile import AccountProfile


T = TypeVar("T", bound="Account")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class Account(AdditionalProperties):
    """The signed-in user's personal account (not the company profile).

    Attributes:
        account (AccountIdentity | None): Identity fields owned by the auth system.
        profile (AccountProfile | None): Puffle profile (name) fields.
        can_manage_auth (bool | None): True only when the user is acting as themselves; email/password changes need it.
    """

    account: AccountIdentity | None = None
    profile: AccountProfile | None = None
    can_manage_auth: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["account"] = None if self.account is None else self.account.to_dict()
        field_dict["profile"] = None if self.profile is None else self.profile.to_dict()
        field_dict["canManageAuth"] = self.can_manage_auth
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        account = _get("account")
        if account is not None:
            if _type(account) is not dict:
                account = _check_object(account, "Account", "account")
            account = _AccountIdentity_from_dict(account)
        profile = _get("profile")
        if profile is not None:
            if _type(profile) is not dict:
                profile = _check_object(profile, "Account", "profile")
            profile = _AccountProfile_from_dict(profile)
        can_manage_auth = _get("canManageAuth")
        if _type(can_manage_auth) is not bool and can_manage_auth is not None:
            can_manage_auth = _check_bool(can_manage_auth, "Account", "canManageAuth")
        _instance = cls(account, profile, can_manage_auth)
        if not _ACCOUNT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ACCOUNT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.account_identity import AccountIdentity  # noqa: E402
from ..models.account_profile import AccountProfile  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ACCOUNT_KEYS: frozenset[str] = frozenset({"account", "profile", "canManageAuth"})
_AccountIdentity_from_dict = AccountIdentity._from_dict
_AccountProfile_from_dict = AccountProfile._from_dict
