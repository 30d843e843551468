from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_update_status import SignalUpdateStatus
from ..models.signal_vote import SignalVote
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
    _parse_enum,
)

T = TypeVar("T", bound="SignalUpdate")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalUpdate(AdditionalProperties):
    """Changes for one signal; set at least one field besides `id`.

    Attributes:
        id (str):
        vote (SignalVote | Unset | None): `up` = correct, `down` = incorrect, null clears the vote.
        comment (str | Unset):
        dm_text (str | Unset): Replaces the stored DM draft.
        comment_text (str | Unset): Replaces the stored public-comment draft.
        status (SignalUpdateStatus | Unset): `dismissed` hides the signal from the default feed.
    """

    id: str
    vote: SignalVote | Unset | None = UNSET
    comment: str | Unset = UNSET
    dm_text: str | Unset = UNSET
    comment_text: str | Unset = UNSET
    status: SignalUpdateStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if not isinstance(self.vote, Unset):
            field_dict["vote"] = None if self.vote is None else self.vote.value
        if not isinstance(self.comment, Unset):
            field_dict["comment"] = self.comment
        if not isinstance(self.dm_text, Unset):
            field_dict["dmText"] = self.dm_text
        if not isinstance(self.comment_text, Unset):
            field_dict["commentText"] = self.comment_text
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SignalUpdate", "id")
        vote = _get("vote", UNSET)
        if vote is not UNSET and vote is not None:
            if _type(vote) is str and vote in _SIGNALVOTE_BY_VALUE:
                vote = _SIGNALVOTE_BY_VALUE[vote]
            else:
                vote = _parse_enum(SignalVote, vote, "SignalUpdate", "vote")
        comment = _get("comment", UNSET)
        if _type(comment) is not str and comment is not UNSET:
            comment = _check_str(comment, "SignalUpdate", "comment")
        dm_text = _get("dmText", UNSET)
        if _type(dm_text) is not str and dm_text is not UNSET:
            dm_text = _check_str(dm_text, "SignalUpdate", "dmText")
        comment_text = _get("commentText", UNSET)
        if _type(comment_text) is not str and comment_text is not UNSET:
            comment_text = _check_str(comment_text, "SignalUpdate", "commentText")
        status = _get("status", UNSET)
        if status is not UNSET:
            if _type(status) is str and status in _SIGNALUPDATESTATUS_BY_VALUE:
                status = _SIGNALUPDATESTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(SignalUpdateStatus, status, "SignalUpdate", "status")
        _instance = cls(id, vote, comment, dm_text, comment_text, status)
        if not _SIGNALUPDATE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALUPDATE_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALUPDATE_KEYS: frozenset[str] = frozenset({"id", "vote", "comment", "dmText", "commentText", "status"})
_SIGNALUPDATESTATUS_BY_VALUE: dict[object, SignalUpdateStatus] = cast(
    "dict[object, SignalUpdateStatus]", SignalUpdateStatus._value2member_map_
)
_SIGNALVOTE_BY_VALUE: dict[object, SignalVote] = cast("dict[object, SignalVote]", SignalVote._value2member_map_)
