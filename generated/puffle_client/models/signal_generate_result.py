from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.signal_generated_comment import SignalGeneratedComment
    from ..models.signal_generated_dm import SignalGeneratedDm


T = TypeVar("T", bound="SignalGenerateResult")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalGenerateResult(AdditionalProperties):
    """Drafts (or the error) for one signal.

    Attributes:
        id (str | None): Signal id.
        signal_id (str | None): Signal id under the name used by the docs' prose; the example uses `id`.
        dm (SignalGeneratedDm | None):
        comment (SignalGeneratedComment | None):
        error (str | None): Per-item failure code, e.g. `already_in_flight` when the same draft is already being
            written.
    """

    id: str | None = None
    signal_id: str | None = None
    dm: SignalGeneratedDm | None = None
    comment: SignalGeneratedComment | None = None
    error: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["signalId"] = self.signal_id
        field_dict["dm"] = None if self.dm is None else self.dm.to_dict()
        field_dict["comment"] = None if self.comment is None else self.comment.to_dict()
        field_dict["error"] = self.error
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = _get("id")
        if _type(id) is not str and id is not None:
            id = _check_str(id, "SignalGenerateResult", "id")
        signal_id = _get("signalId")
        if _type(signal_id) is not str and signal_id is not None:
            signal_id = _check_str(signal_id, "SignalGenerateResult", "signalId")
        dm = _get("dm")
        if dm is not None:
            if _type(dm) is not dict:
                dm = _check_object(dm, "SignalGenerateResult", "dm")
            dm = _SignalGeneratedDm_from_dict(dm)
        comment = _get("comment")
        if comment is not None:
            if _type(comment) is not dict:
                comment = _check_object(comment, "SignalGenerateResult", "comment")
            comment = _SignalGeneratedComment_from_dict(comment)
        error = _get("error")
        if _type(error) is not str and error is not None:
            error = _check_str(error, "SignalGenerateResult", "error")
        _instance = cls(id, signal_id, dm, comment, error)
        if not _SIGNALGENERATERESULT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALGENERATERESULT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_generated_comment import SignalGeneratedComment  # noqa: E402
from ..models.signal_generated_dm import SignalGeneratedDm  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALGENERATERESULT_KEYS: frozenset[str] = frozenset({"id", "signalId", "dm", "comment", "error"})
_SignalGeneratedComment_from_dict = SignalGeneratedComment._from_dict
_SignalGeneratedDm_from_dict = SignalGeneratedDm._from_dict
