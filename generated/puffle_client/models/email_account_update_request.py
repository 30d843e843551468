from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
)

T = TypeVar("T", bound="EmailAccountUpdateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailAccountUpdateRequest(AdditionalProperties):
    """Editable inbox fields (only the signature).

    Attributes:
        signature (str | Unset): New signature; line breaks are kept, and an empty string removes it.
    """

    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.signature, Unset):
            field_dict["signature"] = self.signature
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        signature = _get("signature", UNSET)
        if _type(signature) is not str and signature is not UNSET:
            signature = _check_str(signature, "EmailAccountUpdateRequest", "signature")
        _instance = cls(signature)
        if not _EMAILACCOUNTUPDATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILACCOUNTUPDATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILACCOUNTUPDATEREQUEST_KEYS: frozenset[str] = frozenset({"signature"})
