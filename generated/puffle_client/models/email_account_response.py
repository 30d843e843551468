from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import errors as _errors
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
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build an instance from JSON data; raises ``errors.ModelDataError`` when the data does not fit."""
        try:
            return cls._from_dict(src_dict)
        except _errors.ModelDataError:
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise _errors.ModelDataError.from_exception(cls.__name__, exc) from exc

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
