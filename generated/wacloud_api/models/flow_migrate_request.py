from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowMigrateRequest")


@_attrs_define
class FlowMigrateRequest:
    """The body of `POST /{waba_id}/migrate_flows`.

    Example:
        {'source_waba_id': '104996122399160', 'source_flow_names': ['appointment-booking']}

    """

    source_waba_id: str
    """ The WABA to copy Flows from. """
    source_flow_names: list[str] | None = None
    """ Names of the Flows to copy; every Flow when absent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_waba_id = self.source_waba_id

        source_flow_names: list[str] | None = None
        if self.source_flow_names is not None:
            source_flow_names = self.source_flow_names

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "source_waba_id": source_waba_id,
        }
        if source_flow_names is not None:
            field_dict["source_flow_names"] = source_flow_names

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_waba_id = d.pop("source_waba_id")

        source_flow_names = cast(list[str], d.pop("source_flow_names", None))

        flow_migrate_request = cls(
            source_waba_id=source_waba_id,
            source_flow_names=source_flow_names,
        )

        flow_migrate_request.additional_properties = d
        return flow_migrate_request

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
