from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.signal_action_state import SignalActionState
    from ..models.signal_classification import SignalClassification
    from ..models.signal_entity_metadata import SignalEntityMetadata
    from ..models.signal_normalized import SignalNormalized
    from ..models.signal_structured_wording import SignalStructuredWording
    from ..models.signal_suggested_action import SignalSuggestedAction
    from ..models.signal_workflow_run import SignalWorkflowRun


T = TypeVar("T", bound="Signal")


@_attrs_define
class Signal(AdditionalProperties):
    """A classified buying signal found by the daily scan or a search.

    Attributes:
        id (str):
        signal_type_id (None | str | Unset): Type that produced the signal; null once that type has been deleted.
        signal_type_label (None | str | Unset):
        source_id (None | str | Unset): Data source id, e.g. `linkedin_posts`, `linkedin_jobs`, `news`, `hiring_cafe`,
            `reddit`, `hacker_news`, `x_twitter`.
        score (int | None | Unset): Sellability, 1–3 (3 = easy sell now). Signals scored 1 never reach the feed.
        title (None | str | Unset):
        excerpt (None | str | Unset):
        url (None | str | Unset):
        comment (None | str | Unset): The user's free-text comment on the signal.
        dm_text (None | str | Unset): Stored direct-message draft (generated or edited).
        comment_text (None | str | Unset): Stored public-comment draft (generated or edited).
        created_at (datetime.datetime | None | Unset):
        classification (None | SignalClassification | Unset):
        author_name (None | str | Unset):
        author_url (None | str | Unset):
        entity_company (None | str | Unset):
        entity_person (None | str | Unset):
        group_key (None | str | Unset):
        structured_wording (None | SignalStructuredWording | Unset):
        formatted_title (None | str | Unset):
        suggested_actions (list[SignalSuggestedAction] | None | Unset):
        workflow_run (None | SignalWorkflowRun | Unset):
        action_state (None | SignalActionState | Unset):
        color (None | str | Unset):
        label (None | str | Unset):
        entity_id (None | str | Unset): Resolved company entity id (use with updateSignalLeads).
        person_entity_id (None | str | Unset): Resolved person entity id (use with updateSignalLeads).
        entity_status (None | str | Unset): Workflow status of the company entity; known values `new`, `contacted`,
            `dismissed`.
        person_entity_status (None | str | Unset): Workflow status of the person entity; known values `new`,
            `contacted`, `dismissed`.
        entity_domain (None | str | Unset):
        entity_metadata (None | SignalEntityMetadata | Unset):
        normalized (None | SignalNormalized | Unset):
    """

    id: str
    signal_type_id: str | Unset | None = UNSET
    signal_type_label: str | Unset | None = UNSET
    source_id: str | Unset | None = UNSET
    score: int | Unset | None = UNSET
    title: str | Unset | None = UNSET
    excerpt: str | Unset | None = UNSET
    url: str | Unset | None = UNSET
    comment: str | Unset | None = UNSET
    dm_text: str | Unset | None = UNSET
    comment_text: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    classification: SignalClassification | Unset | None = UNSET
    author_name: str | Unset | None = UNSET
    author_url: str | Unset | None = UNSET
    entity_company: str | Unset | None = UNSET
    entity_person: str | Unset | None = UNSET
    group_key: str | Unset | None = UNSET
    structured_wording: SignalStructuredWording | Unset | None = UNSET
    formatted_title: str | Unset | None = UNSET
    suggested_actions: list[SignalSuggestedAction] | Unset | None = UNSET
    workflow_run: SignalWorkflowRun | Unset | None = UNSET
    action_state: SignalActionState | Unset | None = UNSET
    color: str | Unset | None = UNSET
    label: str | Unset | None = UNSET
    entity_id: str | Unset | None = UNSET
    person_entity_id: str | Unset | None = UNSET
    entity_status: str | Unset | None = UNSET
    person_entity_status: str | Unset | None = UNSET
    entity_domain: str | Unset | None = UNSET
    entity_metadata: SignalEntityMetadata | Unset | None = UNSET
    normalized: SignalNormalized | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        signal_type_id: str | Unset | None
        if isinstance(self.signal_type_id, Unset):
            signal_type_id = UNSET
        else:
            signal_type_id = self.signal_type_id

        signal_type_label: str | Unset | None
        if isinstance(self.signal_type_label, Unset):
            signal_type_label = UNSET
        else:
            signal_type_label = self.signal_type_label

        source_id: str | Unset | None
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        score: int | Unset | None
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        excerpt: str | Unset | None
        if isinstance(self.excerpt, Unset):
            excerpt = UNSET
        else:
            excerpt = self.excerpt

        url: str | Unset | None
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        comment: str | Unset | None
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        dm_text: str | Unset | None
        if isinstance(self.dm_text, Unset):
            dm_text = UNSET
        else:
            dm_text = self.dm_text

        comment_text: str | Unset | None
        if isinstance(self.comment_text, Unset):
            comment_text = UNSET
        else:
            comment_text = self.comment_text

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        classification: dict[str, Any] | Unset | None
        if isinstance(self.classification, Unset):
            classification = UNSET
        elif isinstance(self.classification, SignalClassification):
            classification = self.classification.to_dict()
        else:
            classification = self.classification

        author_name: str | Unset | None
        if isinstance(self.author_name, Unset):
            author_name = UNSET
        else:
            author_name = self.author_name

        author_url: str | Unset | None
        if isinstance(self.author_url, Unset):
            author_url = UNSET
        else:
            author_url = self.author_url

        entity_company: str | Unset | None
        if isinstance(self.entity_company, Unset):
            entity_company = UNSET
        else:
            entity_company = self.entity_company

        entity_person: str | Unset | None
        if isinstance(self.entity_person, Unset):
            entity_person = UNSET
        else:
            entity_person = self.entity_person

        group_key: str | Unset | None
        if isinstance(self.group_key, Unset):
            group_key = UNSET
        else:
            group_key = self.group_key

        structured_wording: dict[str, Any] | Unset | None
        if isinstance(self.structured_wording, Unset):
            structured_wording = UNSET
        elif isinstance(self.structured_wording, SignalStructuredWording):
            structured_wording = self.structured_wording.to_dict()
        else:
            structured_wording = self.structured_wording

        formatted_title: str | Unset | None
        if isinstance(self.formatted_title, Unset):
            formatted_title = UNSET
        else:
            formatted_title = self.formatted_title

        suggested_actions: list[dict[str, Any]] | Unset | None
        if isinstance(self.suggested_actions, Unset):
            suggested_actions = UNSET
        elif isinstance(self.suggested_actions, list):
            suggested_actions = []
            for suggested_actions_type_0_item_data in self.suggested_actions:
                suggested_actions_type_0_item = suggested_actions_type_0_item_data.to_dict()
                suggested_actions.append(suggested_actions_type_0_item)

        else:
            suggested_actions = self.suggested_actions

        workflow_run: dict[str, Any] | Unset | None
        if isinstance(self.workflow_run, Unset):
            workflow_run = UNSET
        elif isinstance(self.workflow_run, SignalWorkflowRun):
            workflow_run = self.workflow_run.to_dict()
        else:
            workflow_run = self.workflow_run

        action_state: dict[str, Any] | Unset | None
        if isinstance(self.action_state, Unset):
            action_state = UNSET
        elif isinstance(self.action_state, SignalActionState):
            action_state = self.action_state.to_dict()
        else:
            action_state = self.action_state

        color: str | Unset | None
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        label: str | Unset | None
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        entity_id: str | Unset | None
        if isinstance(self.entity_id, Unset):
            entity_id = UNSET
        else:
            entity_id = self.entity_id

        person_entity_id: str | Unset | None
        if isinstance(self.person_entity_id, Unset):
            person_entity_id = UNSET
        else:
            person_entity_id = self.person_entity_id

        entity_status: str | Unset | None
        if isinstance(self.entity_status, Unset):
            entity_status = UNSET
        else:
            entity_status = self.entity_status

        person_entity_status: str | Unset | None
        if isinstance(self.person_entity_status, Unset):
            person_entity_status = UNSET
        else:
            person_entity_status = self.person_entity_status

        entity_domain: str | Unset | None
        if isinstance(self.entity_domain, Unset):
            entity_domain = UNSET
        else:
            entity_domain = self.entity_domain

        entity_metadata: dict[str, Any] | Unset | None
        if isinstance(self.entity_metadata, Unset):
            entity_metadata = UNSET
        elif isinstance(self.entity_metadata, SignalEntityMetadata):
            entity_metadata = self.entity_metadata.to_dict()
        else:
            entity_metadata = self.entity_metadata

        normalized: dict[str, Any] | Unset | None
        if isinstance(self.normalized, Unset):
            normalized = UNSET
        elif isinstance(self.normalized, SignalNormalized):
            normalized = self.normalized.to_dict()
        else:
            normalized = self.normalized

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if signal_type_id is not UNSET:
            field_dict["signalTypeId"] = signal_type_id
        if signal_type_label is not UNSET:
            field_dict["signalTypeLabel"] = signal_type_label
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if score is not UNSET:
            field_dict["score"] = score
        if title is not UNSET:
            field_dict["title"] = title
        if excerpt is not UNSET:
            field_dict["excerpt"] = excerpt
        if url is not UNSET:
            field_dict["url"] = url
        if comment is not UNSET:
            field_dict["comment"] = comment
        if dm_text is not UNSET:
            field_dict["dmText"] = dm_text
        if comment_text is not UNSET:
            field_dict["commentText"] = comment_text
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if classification is not UNSET:
            field_dict["classification"] = classification
        if author_name is not UNSET:
            field_dict["authorName"] = author_name
        if author_url is not UNSET:
            field_dict["authorUrl"] = author_url
        if entity_company is not UNSET:
            field_dict["entityCompany"] = entity_company
        if entity_person is not UNSET:
            field_dict["entityPerson"] = entity_person
        if group_key is not UNSET:
            field_dict["groupKey"] = group_key
        if structured_wording is not UNSET:
            field_dict["structuredWording"] = structured_wording
        if formatted_title is not UNSET:
            field_dict["formattedTitle"] = formatted_title
        if suggested_actions is not UNSET:
            field_dict["suggestedActions"] = suggested_actions
        if workflow_run is not UNSET:
            field_dict["workflowRun"] = workflow_run
        if action_state is not UNSET:
            field_dict["actionState"] = action_state
        if color is not UNSET:
            field_dict["color"] = color
        if label is not UNSET:
            field_dict["label"] = label
        if entity_id is not UNSET:
            field_dict["entityId"] = entity_id
        if person_entity_id is not UNSET:
            field_dict["personEntityId"] = person_entity_id
        if entity_status is not UNSET:
            field_dict["entityStatus"] = entity_status
        if person_entity_status is not UNSET:
            field_dict["personEntityStatus"] = person_entity_status
        if entity_domain is not UNSET:
            field_dict["entityDomain"] = entity_domain
        if entity_metadata is not UNSET:
            field_dict["entityMetadata"] = entity_metadata
        if normalized is not UNSET:
            field_dict["normalized"] = normalized

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        signal_type_id = cast(None | str | Unset, d.pop("signalTypeId", UNSET))

        signal_type_label = cast(None | str | Unset, d.pop("signalTypeLabel", UNSET))

        source_id = cast(None | str | Unset, d.pop("sourceId", UNSET))

        score = cast(int | None | Unset, d.pop("score", UNSET))

        title = cast(None | str | Unset, d.pop("title", UNSET))

        excerpt = cast(None | str | Unset, d.pop("excerpt", UNSET))

        url = cast(None | str | Unset, d.pop("url", UNSET))

        comment = cast(None | str | Unset, d.pop("comment", UNSET))

        dm_text = cast(None | str | Unset, d.pop("dmText", UNSET))

        comment_text = cast(None | str | Unset, d.pop("commentText", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_classification(data: object) -> SignalClassification | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                classification_type_0 = SignalClassification.from_dict(data)

                return classification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalClassification | Unset, data)

        classification = _parse_classification(d.pop("classification", UNSET))

        author_name = cast(None | str | Unset, d.pop("authorName", UNSET))

        author_url = cast(None | str | Unset, d.pop("authorUrl", UNSET))

        entity_company = cast(None | str | Unset, d.pop("entityCompany", UNSET))

        entity_person = cast(None | str | Unset, d.pop("entityPerson", UNSET))

        group_key = cast(None | str | Unset, d.pop("groupKey", UNSET))

        def _parse_structured_wording(data: object) -> SignalStructuredWording | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                structured_wording_type_0 = SignalStructuredWording.from_dict(data)

                return structured_wording_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalStructuredWording | Unset, data)

        structured_wording = _parse_structured_wording(d.pop("structuredWording", UNSET))

        formatted_title = cast(None | str | Unset, d.pop("formattedTitle", UNSET))

        def _parse_suggested_actions(data: object) -> list[SignalSuggestedAction] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                suggested_actions_type_0 = []
                _suggested_actions_type_0 = data
                for suggested_actions_type_0_item_data in _suggested_actions_type_0:
                    suggested_actions_type_0_item = SignalSuggestedAction.from_dict(suggested_actions_type_0_item_data)

                    suggested_actions_type_0.append(suggested_actions_type_0_item)

                return suggested_actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SignalSuggestedAction] | None | Unset, data)

        suggested_actions = _parse_suggested_actions(d.pop("suggestedActions", UNSET))

        def _parse_workflow_run(data: object) -> SignalWorkflowRun | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                workflow_run_type_0 = SignalWorkflowRun.from_dict(data)

                return workflow_run_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalWorkflowRun | Unset, data)

        workflow_run = _parse_workflow_run(d.pop("workflowRun", UNSET))

        def _parse_action_state(data: object) -> SignalActionState | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                action_state_type_0 = SignalActionState.from_dict(data)

                return action_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalActionState | Unset, data)

        action_state = _parse_action_state(d.pop("actionState", UNSET))

        color = cast(None | str | Unset, d.pop("color", UNSET))

        label = cast(None | str | Unset, d.pop("label", UNSET))

        entity_id = cast(None | str | Unset, d.pop("entityId", UNSET))

        person_entity_id = cast(None | str | Unset, d.pop("personEntityId", UNSET))

        entity_status = cast(None | str | Unset, d.pop("entityStatus", UNSET))

        person_entity_status = cast(None | str | Unset, d.pop("personEntityStatus", UNSET))

        entity_domain = cast(None | str | Unset, d.pop("entityDomain", UNSET))

        def _parse_entity_metadata(data: object) -> SignalEntityMetadata | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_metadata_type_0 = SignalEntityMetadata.from_dict(data)

                return entity_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalEntityMetadata | Unset, data)

        entity_metadata = _parse_entity_metadata(d.pop("entityMetadata", UNSET))

        def _parse_normalized(data: object) -> SignalNormalized | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                normalized_type_0 = SignalNormalized.from_dict(data)

                return normalized_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalNormalized | Unset, data)

        normalized = _parse_normalized(d.pop("normalized", UNSET))

        _instance = cls(
            id=id,
            signal_type_id=signal_type_id,
            signal_type_label=signal_type_label,
            source_id=source_id,
            score=score,
            title=title,
            excerpt=excerpt,
            url=url,
            comment=comment,
            dm_text=dm_text,
            comment_text=comment_text,
            created_at=created_at,
            classification=classification,
            author_name=author_name,
            author_url=author_url,
            entity_company=entity_company,
            entity_person=entity_person,
            group_key=group_key,
            structured_wording=structured_wording,
            formatted_title=formatted_title,
            suggested_actions=suggested_actions,
            workflow_run=workflow_run,
            action_state=action_state,
            color=color,
            label=label,
            entity_id=entity_id,
            person_entity_id=person_entity_id,
            entity_status=entity_status,
            person_entity_status=person_entity_status,
            entity_domain=entity_domain,
            entity_metadata=entity_metadata,
            normalized=normalized,
        )

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
