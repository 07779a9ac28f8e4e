from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAlertInfo")


@_attrs_define
class WebhookAlertInfo:
    """The alert.

    Example:
        {'alert_severity': 'WARNING', 'alert_status': 'ACTIVE', 'alert_type':
            'INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED', 'alert_description': 'Limits cannot be increased yet.'}

    """

    alert_severity: str | None = None
    """ `CRITICAL` (a rejection or denial), `WARNING` (action may be needed) or `INFORMATIONAL` (open-ended). """
    alert_status: str | None = None
    """ `ACTIVE` or `NONE` (open-ended). """
    alert_type: str | None = None
    """ The reason, e.g. `OBA_APPROVED`, `OBA_REJECTED`, `INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED` (open-ended).
    """
    alert_description: str | None = None
    """ What happened and what to do, in words. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alert_severity = self.alert_severity

        alert_status = self.alert_status

        alert_type = self.alert_type

        alert_description = self.alert_description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if alert_severity is not None:
            field_dict["alert_severity"] = alert_severity
        if alert_status is not None:
            field_dict["alert_status"] = alert_status
        if alert_type is not None:
            field_dict["alert_type"] = alert_type
        if alert_description is not None:
            field_dict["alert_description"] = alert_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        alert_severity = d.pop("alert_severity", None)

        alert_status = d.pop("alert_status", None)

        alert_type = d.pop("alert_type", None)

        alert_description = d.pop("alert_description", None)

        webhook_alert_info = cls(
            alert_severity=alert_severity,
            alert_status=alert_status,
            alert_type=alert_type,
            alert_description=alert_description,
        )

        webhook_alert_info.additional_properties = d
        return webhook_alert_info

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
