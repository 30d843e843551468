from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode
from ..types import (
    AdditionalProperties,
    _check_str,
    _parse_enum,
    _to_json_data,
)

T = TypeVar("T", bound="ErrorEnvelopeError")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ErrorEnvelopeError(AdditionalProperties):
    """ErrorEnvelopeError: a JSON object the spec describes only by its fields.

    Attributes:
        code (ErrorCode | str): One of the documented codes, or a newer one kept as a plain string (an older page uses
            `forbidden`; the overview says to treat `error.code` as stable when present, not as a closed list).
        message (str):
    """

    code: ErrorCode | str
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["code"] = _to_json_data(self.code)
        field_dict["message"] = self.message
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        code = src_dict["code"]
        if _type(code) is str and code in _ERRORCODE_BY_VALUE:
            code = _ERRORCODE_BY_VALUE[code]
        elif _type(code) is str:
            pass
        else:
            code = _parse_enum(ErrorCode, code, "ErrorEnvelopeError", "code")
        message = src_dict["message"]
        if _type(message) is not str:
            message = _check_str(message, "ErrorEnvelopeError", "message")
        _instance = cls(code, message)
        if not _ERRORENVELOPEERROR_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ERRORENVELOPEERROR_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ERRORENVELOPEERROR_KEYS: frozenset[str] = frozenset({"code", "message"})
_ERRORCODE_BY_VALUE: dict[object, ErrorCode] = cast("dict[object, ErrorCode]", ErrorCode._value2member_map_)
