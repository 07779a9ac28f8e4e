from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountAlertChange")


@_attrs_define
class WebhookAccountAlertChange:
    """An `account_alerts` change.

    Example:
        {'field': 'account_alerts', 'value': {'entity_type': 'PHONE_NUMBER', 'entity_id': '106540352242922',
            'alert_info': {'alert_severity': 'INFORMATIONAL', 'alert_status': 'NONE', 'alert_type': 'OBA_APPROVED',
            'alert_description': 'Your request for an Official Business Account was approved.'}}}

    """

    field: Literal["account_alerts"]
    """ The subscribed field: always `account_alerts` for this variant. """
    value: WebhookAccountAlertValue
    """ An alert from Meta about the business portfolio or a phone number: messaging-limit increase decisions,
    Official Business Account approval or rejection, a deleted profile photo. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "field": field,
            "value": value,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = cast(Literal["account_alerts"], d.pop("field"))
        if field != "account_alerts":
            raise ValueError(f"field must match const 'account_alerts', got '{field}'")

        value = WebhookAccountAlertValue.from_dict(d.pop("value"))

        webhook_account_alert_change = cls(
            field=field,
            value=value,
        )

        webhook_account_alert_change.additional_properties = d
        return webhook_account_alert_change

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
from ..models.webhook_account_alert_value import WebhookAccountAlertValue  # noqa: E402
