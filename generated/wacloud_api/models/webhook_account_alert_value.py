from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountAlertValue")


@_attrs_define
class WebhookAccountAlertValue:
    """An alert from Meta about the business portfolio or a phone number: messaging-limit increase decisions, Official
    Business Account approval or rejection, a deleted profile photo.

        Example:
            {'entity_type': 'BUSINESS', 'entity_id': '506914307656634', 'alert_info': {'alert_severity': 'WARNING',
                'alert_status': 'ACTIVE', 'alert_type': 'INCREASED_CAPABILITIES_ELIGIBILITY_DEFERRED', 'alert_description':
                'Limits cannot be increased for your business Lucky Shrub. Use WhatsApp Business platform actively for several
                days and follow our messaging policies.'}}

    """

    entity_type: str | None = None
    """ What the alert is about, e.g. `BUSINESS` or `PHONE_NUMBER` (open-ended). """
    entity_id: str | None = None
    """ The business portfolio or phone number id. """
    alert_info: WebhookAlertInfo | None = None
    """ The alert. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_type = self.entity_type

        entity_id = self.entity_id

        alert_info: dict[str, Any] | None = None
        if self.alert_info is not None:
            alert_info = self.alert_info.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if entity_type is not None:
            field_dict["entity_type"] = entity_type
        if entity_id is not None:
            field_dict["entity_id"] = entity_id
        if alert_info is not None:
            field_dict["alert_info"] = alert_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_type = d.pop("entity_type", None)

        entity_id = d.pop("entity_id", None)

        _alert_info = d.pop("alert_info", None)
        alert_info: WebhookAlertInfo | None
        if _alert_info is None:
            alert_info = None
        else:
            alert_info = WebhookAlertInfo.from_dict(_alert_info)

        webhook_account_alert_value = cls(
            entity_type=entity_type,
            entity_id=entity_id,
            alert_info=alert_info,
        )

        webhook_account_alert_value.additional_properties = d
        return webhook_account_alert_value

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
from ..models.webhook_alert_info import WebhookAlertInfo  # noqa: E402
