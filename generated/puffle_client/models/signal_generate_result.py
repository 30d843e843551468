from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.signal_generated_comment import SignalGeneratedComment
    from ..models.signal_generated_dm import SignalGeneratedDm


T = TypeVar("T", bound="SignalGenerateResult")


@_attrs_define
class SignalGenerateResult(AdditionalProperties):
    """Drafts (or the error) for one signal.

    Attributes:
        id (None | str | Unset): Signal id.
        signal_id (None | str | Unset): Signal id under the name used by the docs' prose; the example uses `id`.
        dm (None | SignalGeneratedDm | Unset):
        comment (None | SignalGeneratedComment | Unset):
        error (None | str | Unset): Per-item failure code, e.g. `already_in_flight` when the same draft is already being
            written.
    """

    id: str | Unset | None = UNSET
    signal_id: str | Unset | None = UNSET
    dm: SignalGeneratedDm | Unset | None = UNSET
    comment: SignalGeneratedComment | Unset | None = UNSET
    error: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        signal_id: str | Unset | None
        if isinstance(self.signal_id, Unset):
            signal_id = UNSET
        else:
            signal_id = self.signal_id

        dm: dict[str, Any] | Unset | None
        if isinstance(self.dm, Unset):
            dm = UNSET
        elif isinstance(self.dm, SignalGeneratedDm):
            dm = self.dm.to_dict()
        else:
            dm = self.dm

        comment: dict[str, Any] | Unset | None
        if isinstance(self.comment, Unset):
            comment = UNSET
        elif isinstance(self.comment, SignalGeneratedComment):
            comment = self.comment.to_dict()
        else:
            comment = self.comment

        error: str | Unset | None
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if signal_id is not UNSET:
            field_dict["signalId"] = signal_id
        if dm is not UNSET:
            field_dict["dm"] = dm
        if comment is not UNSET:
            field_dict["comment"] = comment
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = cast(None | str | Unset, d.pop("id", UNSET))

        signal_id = cast(None | str | Unset, d.pop("signalId", UNSET))

        def _parse_dm(data: object) -> SignalGeneratedDm | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                dm_type_0 = SignalGeneratedDm.from_dict(data)

                return dm_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalGeneratedDm | Unset, data)

        dm = _parse_dm(d.pop("dm", UNSET))

        def _parse_comment(data: object) -> SignalGeneratedComment | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                comment_type_0 = SignalGeneratedComment.from_dict(data)

                return comment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalGeneratedComment | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        error = cast(None | str | Unset, d.pop("error", UNSET))

        _instance = cls(
            id=id,
            signal_id=signal_id,
            dm=dm,
            comment=comment,
            error=error,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_generated_comment import SignalGeneratedComment  # noqa: E402
from ..models.signal_generated_dm import SignalGeneratedDm  # noqa: E402
