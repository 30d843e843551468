from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="PaymentRequiredDetail")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class PaymentRequiredDetail(AdditionalProperties):
    """The envelope form of a 402 error, when the route uses it.

    Attributes:
        code (str | None):
        message (str | None):
    """

    code: str | None = None
    message: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.code is not None:
            field_dict["code"] = self.code
        if self.message is not None:
            field_dict["message"] = self.message
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        code = _get("code")
        if _type(code) is not str and code is not None:
            code = _check_str(code, "PaymentRequiredDetail", "code")
        message = _get("message")
        if _type(message) is not str and message is not None:
            message = _check_str(message, "PaymentRequiredDetail", "message")
        _instance = cls(code, message)
        if not _PAYMENTREQUIREDDETAIL_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _PAYMENTREQUIREDDETAIL_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_PAYMENTREQUIREDDETAIL_KEYS: frozenset[str] = frozenset({"code", "message"})
