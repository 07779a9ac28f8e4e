from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountViolationInfo")


@_attrs_define
class WebhookAccountViolationInfo:
    """A policy violation.

    Example:
        {'violation_type': 'SCAM'}

    """

    violation_type: str | None = None
    """ The violation type (open-ended). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        violation_type = self.violation_type

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if violation_type is not None:
            field_dict["violation_type"] = violation_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        violation_type = d.pop("violation_type", None)

        webhook_account_violation_info = cls(
            violation_type=violation_type,
        )

        webhook_account_violation_info.additional_properties = d
        return webhook_account_violation_info

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
