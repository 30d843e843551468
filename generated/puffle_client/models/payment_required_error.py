from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.payment_required_detail import PaymentRequiredDetail


T = TypeVar("T", bound="PaymentRequiredError")


@_attrs_define
class PaymentRequiredError(AdditionalProperties):
    """Credit-gated operations answer 402 with the credits the call needs and the current balance.

    Example:
        {'error': 'Insufficient credits', 'required': 120, 'balance': 40}

    Attributes:
        error (PaymentRequiredDetail | str):
        required (float | None | Unset): Credits the operation needs.
        balance (float | None | Unset): Credits left on the account.
    """

    error: PaymentRequiredDetail | str
    required: float | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error: dict[str, Any] | str
        if isinstance(self.error, PaymentRequiredDetail):
            error = self.error.to_dict()
        else:
            error = self.error

        required: float | Unset | None
        if isinstance(self.required, Unset):
            required = UNSET
        else:
            required = self.required

        balance: float | Unset | None
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )
        if required is not UNSET:
            field_dict["required"] = required
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_error(data: object) -> PaymentRequiredDetail | str:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = PaymentRequiredDetail.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(PaymentRequiredDetail | str, data)

        error = _parse_error(d.pop("error"))

        required = cast(float | None | Unset, d.pop("required", UNSET))

        balance = cast(float | None | Unset, d.pop("balance", UNSET))

        _instance = cls(
            error=error,
            required=required,
            balance=balance,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.payment_required_detail import PaymentRequiredDetail  # noqa: E402
