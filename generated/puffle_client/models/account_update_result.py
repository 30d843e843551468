from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_str,
)

T = TypeVar("T", bound="AccountUpdateResult")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class AccountUpdateResult(AdditionalProperties):
    """Result of an account update.

    Attributes:
        pending_email (str | None): The new email waiting for confirmation, after an email change request.
        email_change_sent (bool | None): True when a verification email for an email change was sent.
    """

    pending_email: str | None = None
    email_change_sent: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["pendingEmail"] = self.pending_email
        field_dict["emailChangeSent"] = self.email_change_sent
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        pending_email = _get("pendingEmail")
        if _type(pending_email) is not str and pending_email is not None:
            pending_email = _check_str(pending_email, "AccountUpdateResult", "pendingEmail")
        email_change_sent = _get("emailChangeSent")
        if _type(email_change_sent) is not bool and email_change_sent is not None:
            email_change_sent = _check_bool(email_change_sent, "AccountUpdateResult", "emailChangeSent")
        _instance = cls(pending_email, email_change_sent)
        if not _ACCOUNTUPDATERESULT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ACCOUNTUPDATERESULT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ACCOUNTUPDATERESULT_KEYS: frozenset[str] = frozenset({"pendingEmail", "emailChangeSent"})
