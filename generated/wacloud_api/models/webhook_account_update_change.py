from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountUpdateChange")


@_attrs_define
class WebhookAccountUpdateChange:
    """A `account_update` change. The WhatsApp Business Account was verified, restricted, banned, shared with a partner ...

    Example:
        {'value': {'phone_number': '15550783881', 'event': 'ACCOUNT_RESTRICTION', 'restriction_info':
            [{'restriction_type': 'RESTRICTED_BIZ_INITIATED_MESSAGING', 'expiration': '2026-04-19T13:59:20+0000'}]},
            'field': 'account_update'}

    """

    field: Literal["account_update"]
    """ The subscribed field: always `account_update` for this variant. """
    value: WebhookAccountUpdateValue
    """ A WhatsApp Business Account update. """
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
        field = cast(Literal["account_update"], d.pop("field"))
        if field != "account_update":
            raise ValueError(f"field must match const 'account_update', got '{field}'")

        value = WebhookAccountUpdateValue.from_dict(d.pop("value"))

        webhook_account_update_change = cls(
            field=field,
            value=value,
        )

        webhook_account_update_change.additional_properties = d
        return webhook_account_update_change

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
from ..models.webhook_account_update_value import WebhookAccountUpdateValue  # noqa: E402
