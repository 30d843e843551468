from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.account_identity import AccountIdentity
    from ..models.account_profile import AccountProfile


T = TypeVar("T", bound="Account")


@_attrs_define
class Account(AdditionalProperties):
    """The signed-in user's personal account (not the company profile).

    Attributes:
        account (AccountIdentity | None | Unset): Identity fields owned by the auth system.
        profile (AccountProfile | None | Unset): Puffle profile (name) fields.
        can_manage_auth (bool | None | Unset): True only when the user is acting as themselves; email/password changes
            need it.
    """

    account: AccountIdentity | Unset | None = UNSET
    profile: AccountProfile | Unset | None = UNSET
    can_manage_auth: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | Unset | None
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, AccountIdentity):
            account = self.account.to_dict()
        else:
            account = self.account

        profile: dict[str, Any] | Unset | None
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, AccountProfile):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        can_manage_auth: bool | Unset | None
        if isinstance(self.can_manage_auth, Unset):
            can_manage_auth = UNSET
        else:
            can_manage_auth = self.can_manage_auth

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if profile is not UNSET:
            field_dict["profile"] = profile
        if can_manage_auth is not UNSET:
            field_dict["canManageAuth"] = can_manage_auth

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_account(data: object) -> AccountIdentity | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = AccountIdentity.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountIdentity | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        def _parse_profile(data: object) -> AccountProfile | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = AccountProfile.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccountProfile | None | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        can_manage_auth = cast(bool | None | Unset, d.pop("canManageAuth", UNSET))

        _instance = cls(
            account=account,
            profile=profile,
            can_manage_auth=can_manage_auth,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.account_identity import AccountIdentity  # noqa: E402
from ..models.account_profile import AccountProfile  # noqa: E402
