from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookGroupParticipantsChange")


@_attrs_define
class WebhookGroupParticipantsChange:
    """A `group_participants_update` change. Participants joined or left a group, or a join request changed."""

    field: Literal["group_participants_update"]
    """ The subscribed field: always `group_participants_update` for this variant. """
    value: WebhookGroupParticipantsValue
    """ `group_participants_update` events, one per item of `groups`. """
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
        field = cast(Literal["group_participants_update"], d.pop("field"))
        if field != "group_participants_update":
            raise ValueError(f"field must match const 'group_participants_update', got '{field}'")

        value = WebhookGroupParticipantsValue.from_dict(d.pop("value"))

        webhook_group_participants_change = cls(
            field=field,
            value=value,
        )

        webhook_group_participants_change.additional_properties = d
        return webhook_group_participants_change

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
from ..models.webhook_group_participants_value import WebhookGroupParticipantsValue  # noqa: E402
