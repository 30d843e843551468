from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="AccountUpdateResult")


@_attrs_define
class AccountUpdateResult(AdditionalProperties):
    """Result of an account update.

    Attributes:
        pending_email (None | str | Unset): The new email waiting for confirmation, after an email change request.
        email_change_sent (bool | None | Unset): True when a verification email for an email change was sent.
    """

    pending_email: str | Unset | None = UNSET
    email_change_sent: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pending_email: str | Unset | None
        if isinstance(self.pending_email, Unset):
            pending_email = UNSET
        else:
            pending_email = self.pending_email

        email_change_sent: bool | Unset | None
        if isinstance(self.email_change_sent, Unset):
            email_change_sent = UNSET
        else:
            email_change_sent = self.email_change_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pending_email is not UNSET:
            field_dict["pendingEmail"] = pending_email
        if email_change_sent is not UNSET:
            field_dict["emailChangeSent"] = email_change_sent

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pending_email = cast(None | str | Unset, d.pop("pendingEmail", UNSET))

        email_change_sent = cast(bool | None | Unset, d.pop("emailChangeSent", UNSET))

        _instance = cls(
            pending_email=pending_email,
            email_change_sent=email_change_sent,
        )

        _instance.additional_properties = d
        return _instance
