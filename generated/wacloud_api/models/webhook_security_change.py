from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookSecurityChange")


@_attrs_define
class WebhookSecurityChange:
    """A `security` change. A business phone number's two-step verification PIN changed or a reset was requested.

    Example:
        {'value': {'display_phone_number': '15550783881', 'event': 'PIN_RESET_REQUEST', 'requester': '61555822107539'},
            'field': 'security'}

    """

    field: Literal["security"]
    """ The subscribed field: always `security` for this variant. """
    value: WebhookSecurityValue
    """ A two-step verification PIN event. """
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
        field = cast(Literal["security"], d.pop("field"))
        if field != "security":
            raise ValueError(f"field must match const 'security', got '{field}'")

        value = WebhookSecurityValue.from_dict(d.pop("value"))

        webhook_security_change = cls(
            field=field,
            value=value,
        )

        webhook_security_change.additional_properties = d
        return webhook_security_change

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
from ..models.webhook_security_value import WebhookSecurityValue  # noqa: E402
