from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookPhoneNumberNameChange")


@_attrs_define
class WebhookPhoneNumberNameChange:
    """A `phone_number_name_update` change. A business phone number's display name review has an outcome.

    Example:
        {'value': {'display_phone_number': '15550783881', 'decision': 'APPROVED', 'requested_verified_name': 'Lucky
            Shrub', 'rejection_reason': None}, 'field': 'phone_number_name_update'}

    """

    field: Literal["phone_number_name_update"]
    """ The subscribed field: always `phone_number_name_update` for this variant. """
    value: WebhookPhoneNumberNameUpdateValue
    """ The outcome of a display name review. """
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
        field = cast(Literal["phone_number_name_update"], d.pop("field"))
        if field != "phone_number_name_update":
            raise ValueError(f"field must match const 'phone_number_name_update', got '{field}'")

        value = WebhookPhoneNumberNameUpdateValue.from_dict(d.pop("value"))

        webhook_phone_number_name_change = cls(
            field=field,
            value=value,
        )

        webhook_phone_number_name_change.additional_properties = d
        return webhook_phone_number_name_change

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
from ..models.webhook_phone_number_name_update_value import WebhookPhoneNumberNameUpdateValue  # noqa: E402
