from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MigratedFlow")


@_attrs_define
class MigratedFlow:
    """A Flow copied by a migration.

    Example:
        {'source_name': 'appointment-booking', 'source_id': '1234', 'migrated_id': '5678'}

    """

    source_name: str | None = None
    """ The Flow's name. """
    source_id: str | None = None
    """ Its id in the source WABA. """
    migrated_id: str | None = None
    """ Its new id in this WABA. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_name = self.source_name

        source_id = self.source_id

        migrated_id = self.migrated_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if source_name is not None:
            field_dict["source_name"] = source_name
        if source_id is not None:
            field_dict["source_id"] = source_id
        if migrated_id is not None:
            field_dict["migrated_id"] = migrated_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_name = d.pop("source_name", None)

        source_id = d.pop("source_id", None)

        migrated_id = d.pop("migrated_id", None)

        migrated_flow = cls(
            source_name=source_name,
            source_id=source_id,
            migrated_id=migrated_id,
        )

        migrated_flow.additional_properties = d
        return migrated_flow

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
