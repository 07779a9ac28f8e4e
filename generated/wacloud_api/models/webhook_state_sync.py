from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookStateSync")


@_attrs_define
class WebhookStateSync:
    """A contact of the business's WhatsApp Business app was synchronized, added, edited (`action` `add`) or removed
    (`remove`).

        Example:
            {'type': 'contact', 'contact': {'full_name': 'Pablo Morales', 'first_name': 'Pablo', 'phone_number':
                '16505551234'}, 'action': 'add', 'metadata': {'timestamp': '1739321024'}}

    """

    type_: str | None = None
    """ What was synchronized; `contact` (open-ended). """
    contact: WebhookStateSyncContact | None = None
    """ A contact of the WhatsApp Business app's address book. """
    action: str | None = None
    """ `add` (added or edited) or `remove` (open-ended). """
    metadata: WebhookStateSyncMetadata | None = None
    """ When the change was synchronized. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        contact: dict[str, Any] | None = None
        if self.contact is not None:
            contact = self.contact.to_dict()

        action = self.action

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if type_ is not None:
            field_dict["type"] = type_
        if contact is not None:
            field_dict["contact"] = contact
        if action is not None:
            field_dict["action"] = action
        if metadata is not None:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        _contact = d.pop("contact", None)
        contact: WebhookStateSyncContact | None
        if _contact is None:
            contact = None
        else:
            contact = WebhookStateSyncContact.from_dict(_contact)

        action = d.pop("action", None)

        _metadata = d.pop("metadata", None)
        metadata: WebhookStateSyncMetadata | None
        if _metadata is None:
            metadata = None
        else:
            metadata = WebhookStateSyncMetadata.from_dict(_metadata)

        webhook_state_sync = cls(
            type_=type_,
            contact=contact,
            action=action,
            metadata=metadata,
        )

        webhook_state_sync.additional_properties = d
        return webhook_state_sync

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
from ..models.webhook_state_sync_contact import WebhookStateSyncContact  # noqa: E402
from ..models.webhook_state_sync_metadata import WebhookStateSyncMetadata  # noqa: E402
