from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FailedFlowMigration")


@_attrs_define
class FailedFlowMigration:
    """A Flow a migration could not copy.

    Example:
        {'source_name': 'lead-gen', 'error_code': '4233041', 'error_message': 'Flow with the same name exists in
            destination WABA.'}

    """

    source_name: str | None = None
    """ The Flow's name. """
    error_code: str | None = None
    """ Graph error code. """
    error_message: str | None = None
    """ Why. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_name = self.source_name

        error_code = self.error_code

        error_message = self.error_message

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if source_name is not None:
            field_dict["source_name"] = source_name
        if error_code is not None:
            field_dict["error_code"] = error_code
        if error_message is not None:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_name = d.pop("source_name", None)

        error_code = d.pop("error_code", None)

        error_message = d.pop("error_message", None)

        failed_flow_migration = cls(
            source_name=source_name,
            error_code=error_code,
            error_message=error_message,
        )

        failed_flow_migration.additional_properties = d
        return failed_flow_migration

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
