from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
    _parse_datetime,
)

if TYPE_CHECKING:
    from ..models.signal_action_state import SignalActionState
    from ..models.signal_classification import SignalClassification
    from ..models.signal_entity_metadata import SignalEntityMetadata
    from ..models.signal_normalized import SignalNormalized
    from ..models.signal_structured_wording import SignalStructuredWording
    from ..models.signal_suggested_action import SignalSuggestedAction
    from ..models.signal_workflow_run import SignalWorkflowRun


T = TypeVar("T", bound="Signal")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class Signal(AdditionalProperties):
    """A classified buying signal found by the daily scan or a search.

    Attributes:
        id (str):
        signal_type_id (str | None): Type that produced the signal; null once that type has been deleted.
        signal_type_label (str | None):
        source_id (str | None): Data source id, e.g. `linkedin_posts`, `linkedin_jobs`, `news`, `hiring_cafe`, `reddit`,
            `hacker_news`, `x_twitter`.
        score (int | None): Sellability, 1–3 (3 = easy sell now). Signals scored 1 never reach the feed.
        title (str | None):
        excerpt (str | None):
        url (str | None):
        comment (str | None): The user's free-text comment on the signal.
        dm_text (str | None): Stored direct-message draft (generated or edited).
        comment_text (str | None): Stored public-comment draft (generated or edited).
        created_at (datetime.datetime | None):
        classification (SignalClassification | None):
        author_name (str | None):
        author_url (str | None):
        entity_company (str | None):
        entity_person (str | None):
        group_key (str | None):
        structured_wording (SignalStructuredWording | None):
        formatted_title (str | None):
        suggested_actions (list[SignalSuggestedAction] | None):
        workflow_run (SignalWorkflowRun | None):
        action_state (SignalActionState | None):
        color (str | None):
        label (str | None):
        entity_id (str | None): Resolved company entity id (use with updateSignalLeads).
        person_entity_id (str | None): Resolved person entity id (use with updateSignalLeads).
        entity_status (str | None): Workflow status of the company entity; known values `new`, `contacted`, `dismissed`.
        person_entity_status (str | None): Workflow status of the person entity; known values `new`, `contacted`,
            `dismissed`.
        entity_domain (str | None):
        entity_metadata (SignalEntityMetadata | None):
        normalized (SignalNormalized | None):
    """

    id: str
    signal_type_id: str | None = None
    signal_type_label: str | None = None
    source_id: str | None = None
    score: int | None = None
    title: str | None = None
    excerpt: str | None = None
    url: str | None = None
    comment: str | None = None
    dm_text: str | None = None
    comment_text: str | None = None
    created_at: datetime.datetime | None = None
    classification: SignalClassification | None = None
    author_name: str | None = None
    author_url: str | None = None
    entity_company: str | None = None
    entity_person: str | None = None
    group_key: str | None = None
    structured_wording: SignalStructuredWording | None = None
    formatted_title: str | None = None
    suggested_actions: list[SignalSuggestedAction] | None = None
    workflow_run: SignalWorkflowRun | None = None
    action_state: SignalActionState | None = None
    color: str | None = None
    label: str | None = None
    entity_id: str | None = None
    person_entity_id: str | None = None
    entity_status: str | None = None
    person_entity_status: str | None = None
    entity_domain: str | None = None
    entity_metadata: SignalEntityMetadata | None = None
    normalized: SignalNormalized | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["signalTypeId"] = self.signal_type_id
        field_dict["signalTypeLabel"] = self.signal_type_label
        field_dict["sourceId"] = self.source_id
        field_dict["score"] = self.score
        field_dict["title"] = self.title
        field_dict["excerpt"] = self.excerpt
        field_dict["url"] = self.url
        field_dict["comment"] = self.comment
        field_dict["dmText"] = self.dm_text
        field_dict["commentText"] = self.comment_text
        field_dict["createdAt"] = None if self.created_at is None else self.created_at.isoformat()
        field_dict["classification"] = None if self.classification is None else self.classification.to_dict()
        field_dict["authorName"] = self.author_name
        field_dict["authorUrl"] = self.author_url
        field_dict["entityCompany"] = self.entity_company
        field_dict["entityPerson"] = self.entity_person
        field_dict["groupKey"] = self.group_key
        field_dict["structuredWording"] = None if self.structured_wording is None else self.structured_wording.to_dict()
        field_dict["formattedTitle"] = self.formatted_title
        field_dict["suggestedActions"] = (
            None if self.suggested_actions is None else [_i.to_dict() for _i in self.suggested_actions]
        )
        field_dict["workflowRun"] = None if self.workflow_run is None else self.workflow_run.to_dict()
        field_dict["actionState"] = None if self.action_state is None else self.action_state.to_dict()
        field_dict["color"] = self.color
        field_dict["label"] = self.label
        field_dict["entityId"] = self.entity_id
        field_dict["personEntityId"] = self.person_entity_id
        field_dict["entityStatus"] = self.entity_status
        field_dict["personEntityStatus"] = self.person_entity_status
        field_dict["entityDomain"] = self.entity_domain
        field_dict["entityMetadata"] = None if self.entity_metadata is None else self.entity_metadata.to_dict()
        field_dict["normalized"] = None if self.normalized is None else self.normalized.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "Signal", "id")
        signal_type_id = _get("signalTypeId")
        if _type(signal_type_id) is not str and signal_type_id is not None:
            signal_type_id = _check_str(signal_type_id, "Signal", "signalTypeId")
        signal_type_label = _get("signalTypeLabel")
        if _type(signal_type_label) is not str and signal_type_label is not None:
            signal_type_label = _check_str(signal_type_label, "Signal", "signalTypeLabel")
        source_id = _get("sourceId")
        if _type(source_id) is not str and source_id is not None:
            source_id = _check_str(source_id, "Signal", "sourceId")
        score = _get("score")
        if _type(score) is not int and score is not None:
            score = _check_int(score, "Signal", "score")
        title = _get("title")
        if _type(title) is not str and title is not None:
            title = _check_str(title, "Signal", "title")
        excerpt = _get("excerpt")
        if _type(excerpt) is not str and excerpt is not None:
            excerpt = _check_str(excerpt, "Signal", "excerpt")
        url = _get("url")
        if _type(url) is not str and url is not None:
            url = _check_str(url, "Signal", "url")
        comment = _get("comment")
        if _type(comment) is not str and comment is not None:
            comment = _check_str(comment, "Signal", "comment")
        dm_text = _get("dmText")
        if _type(dm_text) is not str and dm_text is not None:
            dm_text = _check_str(dm_text, "Signal", "dmText")
        comment_text = _get("commentText")
        if _type(comment_text) is not str and comment_text is not None:
            comment_text = _check_str(comment_text, "Signal", "commentText")
        created_at = _get("createdAt")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "Signal", "createdAt")
        classification = _get("classification")
        if classification is not None:
            if _type(classification) is not dict:
                classification = _check_object(classification, "Signal", "classification")
            classification = _SignalClassification_from_dict(classification)
        author_name = _get("authorName")
        if _type(author_name) is not str and author_name is not None:
            author_name = _check_str(author_name, "Signal", "authorName")
        author_url = _get("authorUrl")
        if _type(author_url) is not str and author_url is not None:
            author_url = _check_str(author_url, "Signal", "authorUrl")
        entity_company = _get("entityCompany")
        if _type(entity_company) is not str and entity_company is not None:
            entity_company = _check_str(entity_company, "Signal", "entityCompany")
        entity_person = _get("entityPerson")
        if _type(entity_person) is not str and entity_person is not None:
            entity_person = _check_str(entity_person, "Signal", "entityPerson")
        group_key = _get("groupKey")
        if _type(group_key) is not str and group_key is not None:
            group_key = _check_str(group_key, "Signal", "groupKey")
        structured_wording = _get("structuredWording")
        if structured_wording is not None:
            if _type(structured_wording) is not dict:
                structured_wording = _check_object(structured_wording, "Signal", "structuredWording")
            structured_wording = _SignalStructuredWording_from_dict(structured_wording)
        formatted_title = _get("formattedTitle")
        if _type(formatted_title) is not str and formatted_title is not None:
            formatted_title = _check_str(formatted_title, "Signal", "formattedTitle")
        suggested_actions = _get("suggestedActions")
        if suggested_actions is not None:
            if _type(suggested_actions) is not list:
                suggested_actions = _check_list(suggested_actions, "Signal", "suggestedActions")
            suggested_actions = [
                _SignalSuggestedAction_from_dict(_i)
                if _type(_i) is dict
                else _SignalSuggestedAction_from_dict(_check_object(_i, "Signal", "suggestedActions"))
                for _i in suggested_actions
            ]
        workflow_run = _get("workflowRun")
        if workflow_run is not None:
            if _type(workflow_run) is not dict:
                workflow_run = _check_object(workflow_run, "Signal", "workflowRun")
            workflow_run = _SignalWorkflowRun_from_dict(workflow_run)
        action_state = _get("actionState")
        if action_state is not None:
            if _type(action_state) is not dict:
                action_state = _check_object(action_state, "Signal", "actionState")
            action_state = _SignalActionState_from_dict(action_state)
        color = _get("color")
        if _type(color) is not str and color is not None:
            color = _check_str(color, "Signal", "color")
        label = _get("label")
        if _type(label) is not str and label is not None:
            label = _check_str(label, "Signal", "label")
        entity_id = _get("entityId")
        if _type(entity_id) is not str and entity_id is not None:
            entity_id = _check_str(entity_id, "Signal", "entityId")
        person_entity_id = _get("personEntityId")
        if _type(person_entity_id) is not str and person_entity_id is not None:
            person_entity_id = _check_str(person_entity_id, "Signal", "personEntityId")
        entity_status = _get("entityStatus")
        if _type(entity_status) is not str and entity_status is not None:
            entity_status = _check_str(entity_status, "Signal", "entityStatus")
        person_entity_status = _get("personEntityStatus")
        if _type(person_entity_status) is not str and person_entity_status is not None:
            person_entity_status = _check_str(person_entity_status, "Signal", "personEntityStatus")
        entity_domain = _get("entityDomain")
        if _type(entity_domain) is not str and entity_domain is not None:
            entity_domain = _check_str(entity_domain, "Signal", "entityDomain")
        entity_metadata = _get("entityMetadata")
        if entity_metadata is not None:
            if _type(entity_metadata) is not dict:
                entity_metadata = _check_object(entity_metadata, "Signal", "entityMetadata")
            entity_metadata = _SignalEntityMetadata_from_dict(entity_metadata)
        normalized = _get("normalized")
        if normalized is not None:
            if _type(normalized) is not dict:
                normalized = _check_object(normalized, "Signal", "normalized")
            normalized = _SignalNormalized_from_dict(normalized)
        _instance = cls(
            id,
            signal_type_id,
            signal_type_label,
            source_id,
            score,
            title,
            excerpt,
            url,
            comment,
            dm_text,
            comment_text,
            created_at,
            classification,
            author_name,
            author_url,
            entity_company,
            entity_person,
            group_key,
            structured_wording,
            formatted_title,
            suggested_actions,
            workflow_run,
            action_state,
            color,
            label,
            entity_id,
            person_entity_id,
            entity_status,
            person_entity_status,
            entity_domain,
            entity_metadata,
            normalized,
        )
        if not _SIGNAL_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNAL_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_action_state import SignalActionState  # noqa: E402
from ..models.signal_classification import SignalClassification  # noqa: E402
from ..models.signal_entity_metadata import SignalEntityMetadata  # noqa: E402
from ..models.signal_normalized import SignalNormalized  # noqa: E402
from ..models.signal_structured_wording import SignalStructuredWording  # noqa: E402
from ..models.signal_suggested_action import SignalSuggestedAction  # noqa: E402
from ..models.signal_workflow_run import SignalWorkflowRun  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNAL_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "signalTypeId",
        "signalTypeLabel",
        "sourceId",
        "score",
        "title",
        "excerpt",
        "url",
        "comment",
        "dmText",
        "commentText",
        "createdAt",
        "classification",
        "authorName",
        "authorUrl",
        "entityCompany",
        "entityPerson",
        "groupKey",
        "structuredWording",
        "formattedTitle",
        "suggestedActions",
        "workflowRun",
        "actionState",
        "color",
        "label",
        "entityId",
        "personEntityId",
        "entityStatus",
        "personEntityStatus",
        "entityDomain",
        "entityMetadata",
        "normalized",
    }
)
_SignalActionState_from_dict = SignalActionState._from_dict
_SignalClassification_from_dict = SignalClassification._from_dict
_SignalEntityMetadata_from_dict = SignalEntityMetadata._from_dict
_SignalNormalized_from_dict = SignalNormalized._from_dict
_SignalStructuredWording_from_dict = SignalStructuredWording._from_dict
_SignalSuggestedAction_from_dict = SignalSuggestedAction._from_dict
_SignalWorkflowRun_from_dict = SignalWorkflowRun._from_dict
