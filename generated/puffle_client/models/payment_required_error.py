from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_float,
    _check_object,
    _to_json_data,
    _wrong_type,
)

if TYPE_CHECKING:
    from ..models.payment_required_detail import PaymentRequiredDetail


T = TypeVar("T", bound="PaymentRequiredError")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class PaymentRequiredError(AdditionalProperties):
    """Credit-gated operations answer 402 with the credits the call needs and the current balance.

    Example:
        {'error': 'Insufficient credits', 'required': 120, 'balance': 40}

    Attributes:
        error (str | PaymentRequiredDetail):
        required (float | None): Credits the operation needs.
        balance (float | None): Credits left on the account.
    """

    error: str | PaymentRequiredDetail
    required: float | None = None
    balance: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["error"] = _to_json_data(self.error)
        field_dict["required"] = self.required
        field_dict["balance"] = self.balance
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        error = src_dict["error"]
        if _type(error) is str:
            pass
        elif _type(error) is dict:
            if _type(error) is not dict:
                error = _check_object(error, "PaymentRequiredError", "error")
            error = _PaymentRequiredDetail_from_dict(error)
        else:
            _wrong_type(error, "PaymentRequiredDetail or str", "PaymentRequiredError", "error")
        required = _get("required")
        if _type(required) is not float and required is not None:
            required = _check_float(required, "PaymentRequiredError", "required")
        balance = _get("balance")
        if _type(balance) is not float and balance is not None:
            balance = _check_float(balance, "PaymentRequiredError", "balance")
        _instance = cls(error, required, balance)
        if not _PAYMENTREQUIREDERROR_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _PAYMENTREQUIREDERROR_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.payment_required_detail import PaymentRequiredDetail  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_PAYMENTREQUIREDERROR_KEYS: frozenset[str] = frozenset({"error", "required", "balance"})
_PaymentRequiredDetail_from_dict = PaymentRequiredDetail._from_dict
