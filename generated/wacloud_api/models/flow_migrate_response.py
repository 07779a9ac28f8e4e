from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowMigrateResponse")


@_attrs_define
class FlowMigrateResponse:
    """The result of a Flow migration.

    Example:
        {'migrated_flows': [{'source_name': 'appointment-booking', 'source_id': '1234', 'migrated_id': '5678'}],
            'failed_flows': []}

    """

    migrated_flows: list[MigratedFlow] | None = None
    """ The Flows copied. """
    failed_flows: list[FailedFlowMigration] | None = None
    """ The Flows not copied, with the reason. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        migrated_flows: list[dict[str, Any]] | None = None
        if self.migrated_flows is not None:
            migrated_flows = [migrated_flows_item_data.to_dict() for migrated_flows_item_data in self.migrated_flows]

        failed_flows: list[dict[str, Any]] | None = None
        if self.failed_flows is not None:
            failed_flows = [failed_flows_item_data.to_dict() for failed_flows_item_data in self.failed_flows]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if migrated_flows is not None:
            field_dict["migrated_flows"] = migrated_flows
        if failed_flows is not None:
            field_dict["failed_flows"] = failed_flows

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _migrated_flows = d.pop("migrated_flows", None)
        migrated_flows: list[MigratedFlow] | None = None
        if _migrated_flows is not None:
            migrated_flows = []
            for migrated_flows_item_data in _migrated_flows:
                migrated_flows_item = MigratedFlow.from_dict(migrated_flows_item_data)

                migrated_flows.append(migrated_flows_item)

        _failed_flows = d.pop("failed_flows", None)
        failed_flows: list[FailedFlowMigration] | None = None
        if _failed_flows is not None:
            failed_flows = []
            for failed_flows_item_data in _failed_flows:
                failed_flows_item = FailedFlowMigration.from_dict(failed_flows_item_data)

                failed_flows.append(failed_flows_item)

        flow_migrate_response = cls(
            migrated_flows=migrated_flows,
            failed_flows=failed_flows,
        )

        flow_migrate_response.additional_properties = d
        return flow_migrate_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once the class above exists: models refer to each other, and importing here breaks the cycle.
from ..models.failed_flow_migration import FailedFlowMigration  # noqa: E402
from ..models.migrated_flow import MigratedFlow  # noqa: E402
