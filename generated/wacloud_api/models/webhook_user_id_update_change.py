from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookUserIdUpdateChange")


@_attrs_define
class WebhookUserIdUpdateChange:
    """A `user_id_update` change. One or more users' BSUIDs changed.

    Example:
        {'field': 'user_id_update', 'value': {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number':
            '15550783881', 'phone_number_id': '106540352242922'}, 'user_id_update': [{'detail': 'User id has been updated.',
            'user_id': {'previous': 'US.13491208655302741918', 'current': 'US.24817305912873645029'}, 'timestamp':
            '1749416383'}]}}

    """

    field: Literal["user_id_update"]
    """ The subscribed field: always `user_id_update` for this variant. """
    value: WebhookUserIdUpdateValue
    """ BSUID changes, one event per item. """
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
        field = cast(Literal["user_id_update"], d.pop("field"))
        if field != "user_id_update":
            raise ValueError(f"field must match const 'user_id_update', got '{field}'")

        value = WebhookUserIdUpdateValue.from_dict(d.pop("value"))

        webhook_user_id_update_change = cls(
            field=field,
            value=value,
        )

        webhook_user_id_update_change.additional_properties = d
        return webhook_user_id_update_change

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
from ..models.webhook_user_id_update_value import WebhookUserIdUpdateValue  # noqa: E402
