from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_update_status import SignalUpdateStatus
from ..models.signal_vote import SignalVote
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalUpdate")


@_attrs_define
class SignalUpdate(AdditionalProperties):
    """Changes for one signal; set at least one field besides `id`.

    Attributes:
        id (str):
        vote (None | SignalVote | Unset): `up` = correct, `down` = incorrect, null clears the vote.
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
        id = self.id

        vote: str | Unset | None
        if isinstance(self.vote, Unset):
            vote = UNSET
        elif isinstance(self.vote, SignalVote):
            vote = self.vote.value
        else:
            vote = self.vote

        comment = self.comment

        dm_text = self.dm_text

        comment_text = self.comment_text

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if vote is not UNSET:
            field_dict["vote"] = vote
        if comment is not UNSET:
            field_dict["comment"] = comment
        if dm_text is not UNSET:
            field_dict["dmText"] = dm_text
        if comment_text is not UNSET:
            field_dict["commentText"] = comment_text
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_vote(data: object) -> SignalVote | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                vote_type_0 = SignalVote(data)

                return vote_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalVote | Unset, data)

        vote = _parse_vote(d.pop("vote", UNSET))

        comment = d.pop("comment", UNSET)

        dm_text = d.pop("dmText", UNSET)

        comment_text = d.pop("commentText", UNSET)

        _status = d.pop("status", UNSET)
        status: SignalUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SignalUpdateStatus(_status)

        _instance = cls(
            id=id,
            vote=vote,
            comment=comment,
            dm_text=dm_text,
            comment_text=comment_text,
            status=status,
        )

        _instance.additional_properties = d
        return _instance
