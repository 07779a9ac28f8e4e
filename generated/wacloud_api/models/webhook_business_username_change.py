from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookBusinessUsernameChange")


@_attrs_define
class WebhookBusinessUsernameChange:
    """A `business_username_update` change, the singular spelling of `business_username_updates` that earlier pages of
    Meta's documentation use; parsed alike.

        Example:
            {'field': 'business_username_update', 'value': {'display_phone_number': '15550783881', 'username':
                'lucky.shrub', 'status': 'approved'}}

    """

    field: Literal["business_username_update"]
    """ The subscribed field: always `business_username_update` for this variant. """
    value: WebhookBusinessUsernameUpdateValue
    """ The status of the business phone number's username changed. """
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
        field = cast(Literal["business_username_update"], d.pop("field"))
        if field != "business_username_update":
            raise ValueError(f"field must match const 'business_username_update', got '{field}'")

        value = WebhookBusinessUsernameUpdateValue.from_dict(d.pop("value"))

        webhook_business_username_change = cls(
            field=field,
            value=value,
        )

        webhook_business_username_change.additional_properties = d
        return webhook_business_username_change

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
from ..models.webhook_business_username_update_value import WebhookBusinessUsernameUpdateValue  # noqa: E402
