from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.credits_costs import CreditsCosts
    from ..models.credits_entitlements import CreditsEntitlements
    from ..models.credits_legacy_actions import CreditsLegacyActions
    from ..models.credits_operations import CreditsOperations
    from ..models.credits_plans import CreditsPlans


T = TypeVar("T", bound="CreditsConfig")


@_attrs_define
class CreditsConfig(AdditionalProperties):
    """Credit prices and billing-registry metadata. The current API marks all six keys as always present;
    older deployments returned only `costs`.

        Attributes:
            costs (CreditsCosts): Credits per unit, keyed by (legacy) action name.
            registry_version (None | str | Unset): Version label of the billing registry, e.g. `billing-registry:v1`.
            operations (CreditsOperations | None | Unset): Billing operations keyed by operation id.
            plans (CreditsPlans | None | Unset): Plans keyed by plan id.
            entitlements (CreditsEntitlements | None | Unset):
            legacy_credit_actions (CreditsLegacyActions | None | Unset): Maps old UPPER_CASE action names to billing
                operation ids.
    """

    costs: CreditsCosts
    registry_version: str | Unset | None = UNSET
    operations: CreditsOperations | Unset | None = UNSET
    plans: CreditsPlans | Unset | None = UNSET
    entitlements: CreditsEntitlements | Unset | None = UNSET
    legacy_credit_actions: CreditsLegacyActions | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        costs = self.costs.to_dict()

        registry_version: str | Unset | None
        if isinstance(self.registry_version, Unset):
            registry_version = UNSET
        else:
            registry_version = self.registry_version

        operations: dict[str, Any] | Unset | None
        if isinstance(self.operations, Unset):
            operations = UNSET
        elif isinstance(self.operations, CreditsOperations):
            operations = self.operations.to_dict()
        else:
            operations = self.operations

        plans: dict[str, Any] | Unset | None
        if isinstance(self.plans, Unset):
            plans = UNSET
        elif isinstance(self.plans, CreditsPlans):
            plans = self.plans.to_dict()
        else:
            plans = self.plans

        entitlements: dict[str, Any] | Unset | None
        if isinstance(self.entitlements, Unset):
            entitlements = UNSET
        elif isinstance(self.entitlements, CreditsEntitlements):
            entitlements = self.entitlements.to_dict()
        else:
            entitlements = self.entitlements

        legacy_credit_actions: dict[str, Any] | Unset | None
        if isinstance(self.legacy_credit_actions, Unset):
            legacy_credit_actions = UNSET
        elif isinstance(self.legacy_credit_actions, CreditsLegacyActions):
            legacy_credit_actions = self.legacy_credit_actions.to_dict()
        else:
            legacy_credit_actions = self.legacy_credit_actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "costs": costs,
            }
        )
        if registry_version is not UNSET:
            field_dict["registryVersion"] = registry_version
        if operations is not UNSET:
            field_dict["operations"] = operations
        if plans is not UNSET:
            field_dict["plans"] = plans
        if entitlements is not UNSET:
            field_dict["entitlements"] = entitlements
        if legacy_credit_actions is not UNSET:
            field_dict["legacyCreditActions"] = legacy_credit_actions

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        costs = CreditsCosts.from_dict(d.pop("costs"))

        registry_version = cast(None | str | Unset, d.pop("registryVersion", UNSET))

        def _parse_operations(data: object) -> CreditsOperations | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operations_type_0 = CreditsOperations.from_dict(data)

                return operations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditsOperations | None | Unset, data)

        operations = _parse_operations(d.pop("operations", UNSET))

        def _parse_plans(data: object) -> CreditsPlans | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plans_type_0 = CreditsPlans.from_dict(data)

                return plans_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditsPlans | None | Unset, data)

        plans = _parse_plans(d.pop("plans", UNSET))

        def _parse_entitlements(data: object) -> CreditsEntitlements | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entitlements_type_0 = CreditsEntitlements.from_dict(data)

                return entitlements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditsEntitlements | None | Unset, data)

        entitlements = _parse_entitlements(d.pop("entitlements", UNSET))

        def _parse_legacy_credit_actions(data: object) -> CreditsLegacyActions | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                legacy_credit_actions_type_0 = CreditsLegacyActions.from_dict(data)

                return legacy_credit_actions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditsLegacyActions | None | Unset, data)

        legacy_credit_actions = _parse_legacy_credit_actions(d.pop("legacyCreditActions", UNSET))

        _instance = cls(
            costs=costs,
            registry_version=registry_version,
            operations=operations,
            plans=plans,
            entitlements=entitlements,
            legacy_credit_actions=legacy_credit_actions,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.credits_costs import CreditsCosts  # noqa: E402
from ..models.credits_entitlements import CreditsEntitlements  # noqa: E402
from ..models.credits_legacy_actions import CreditsLegacyActions  # noqa: E402
from ..models.credits_operations import CreditsOperations  # noqa: E402
from ..models.credits_plans import CreditsPlans  # noqa: E402
