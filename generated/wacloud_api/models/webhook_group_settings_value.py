from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookGroupSettingsValue")


@_attrs_define
class WebhookGroupSettingsValue:
    """`group_settings_update` events, one per item of `groups`."""

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    metadata: WebhookMetadata | None = None
    """ The business phone number that received the event; route tenants on `phone_number_id`. """
    groups: list[WebhookGroupSettings] | None = None
    """ The events. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        groups: list[dict[str, Any]] | None = None
        if self.groups is not None:
            groups = [groups_item_data.to_dict() for groups_item_data in self.groups]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if metadata is not None:
            field_dict["metadata"] = metadata
        if groups is not None:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product", None)

        _metadata = d.pop("metadata", None)
        metadata: WebhookMetadata | None
        if _metadata is None:
            metadata = None
        else:
            metadata = WebhookMetadata.from_dict(_metadata)

        _groups = d.pop("groups", None)
        groups: list[WebhookGroupSettings] | None = None
        if _groups is not None:
            groups = []
            for groups_item_data in _groups:
                groups_item = WebhookGroupSettings.from_dict(groups_item_data)

                groups.append(groups_item)

        webhook_group_settings_value = cls(
            messaging_product=messaging_product,
            metadata=metadata,
            groups=groups,
        )

        webhook_group_settings_value.additional_properties = d
        return webhook_group_settings_value

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
from ..models.webhook_group_settings import WebhookGroupSettings  # noqa: E402
from ..models.webhook_metadata import WebhookMetadata  # noqa: E402
