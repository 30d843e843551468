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
    from ..models.credits_costs import CreditsCosts
    from ..models.credits_entitlements import CreditsEntitlements
    from ..models.credits_legacy_actions import CreditsLegacyActions
    from ..models.credits_operations import CreditsOperations
    from ..models.credits_plans import CreditsPlans


T = TypeVar("T", bound="CreditsConfig")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CreditsConfig(AdditionalProperties):
    """Credit prices and billing-registry metadata. The current API marks all six keys as always present;
    older deployments returned only `costs`.

        Attributes:
            costs (CreditsCosts): Credits per unit, keyed by (legacy) action name.
            registry_version (str | None): Version label of the billing registry, e.g. `billing-registry:v1`.
            operations (CreditsOperations | None): Billing operations keyed by operation id.
            plans (CreditsPlans | None): Plans keyed by plan id.
            entitlements (CreditsEntitlements | None):
            legacy_credit_actions (CreditsLegacyActions | None): Maps old UPPER_CASE action names to billing operation ids.
    """

    costs: CreditsCosts
    registry_version: str | None = None
    operations: CreditsOperations | None = None
    plans: CreditsPlans | None = None
    entitlements: CreditsEntitlements | None = None
    legacy_credit_actions: CreditsLegacyActions | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["costs"] = self.costs.to_dict()
        field_dict["registryVersion"] = self.registry_version
        field_dict["operations"] = None if self.operations is None else self.operations.to_dict()
        field_dict["plans"] = None if self.plans is None else self.plans.to_dict()
        field_dict["entitlements"] = None if self.entitlements is None else self.entitlements.to_dict()
        field_dict["legacyCreditActions"] = (
            None if self.legacy_credit_actions is None else self.legacy_credit_actions.to_dict()
        )
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        costs = src_dict["costs"]
        if _type(costs) is not dict:
            costs = _check_object(costs, "CreditsConfig", "costs")
        costs = _CreditsCosts_from_dict(costs)
        registry_version = _get("registryVersion")
        if _type(registry_version) is not str and registry_version is not None:
            registry_version = _check_str(registry_version, "CreditsConfig", "registryVersion")
        operations = _get("operations")
        if operations is not None:
            if _type(operations) is not dict:
                operations = _check_object(operations, "CreditsConfig", "operations")
            operations = _CreditsOperations_from_dict(operations)
        plans = _get("plans")
        if plans is not None:
            if _type(plans) is not dict:
                plans = _check_object(plans, "CreditsConfig", "plans")
            plans = _CreditsPlans_from_dict(plans)
        entitlements = _get("entitlements")
        if entitlements is not None:
            if _type(entitlements) is not dict:
                entitlements = _check_object(entitlements, "CreditsConfig", "entitlements")
            entitlements = _CreditsEntitlements_from_dict(entitlements)
        legacy_credit_actions = _get("legacyCreditActions")
        if legacy_credit_actions is not None:
            if _type(legacy_credit_actions) is not dict:
                legacy_credit_actions = _check_object(legacy_credit_actions, "CreditsConfig", "legacyCreditActions")
            legacy_credit_actions = _CreditsLegacyActions_from_dict(legacy_credit_actions)
        _instance = cls(costs, registry_version, operations, plans, entitlements, legacy_credit_actions)
        if not _CREDITSCONFIG_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CREDITSCONFIG_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.credits_costs import CreditsCosts  # noqa: E402
from ..models.credits_entitlements import CreditsEntitlements  # noqa: E402
from ..models.credits_legacy_actions import CreditsLegacyActions  # noqa: E402
from ..models.credits_operations import CreditsOperations  # noqa: E402
from ..models.credits_plans import CreditsPlans  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CREDITSCONFIG_KEYS: frozenset[str] = frozenset(
    {"costs", "registryVersion", "operations", "plans", "entitlements", "legacyCreditActions"}
)
_CreditsCosts_from_dict = CreditsCosts._from_dict
_CreditsEntitlements_from_dict = CreditsEntitlements._from_dict
_CreditsLegacyActions_from_dict = CreditsLegacyActions._from_dict
_CreditsOperations_from_dict = CreditsOperations._from_dict
_CreditsPlans_from_dict = CreditsPlans._from_dict
