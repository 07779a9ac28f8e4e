from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookUserIdUpdateValue")


@_attrs_define
class WebhookUserIdUpdateValue:
    """BSUID changes, one event per item.

    Example:
        {'messaging_product': 'whatsapp', 'metadata': {'display_phone_number': '15550783881', 'phone_number_id':
            '106540352242922'}, 'contacts': [{'profile': {'name': 'Sheena Nelson'}, 'wa_id': '16505551234'}],
            'user_id_update': [{'wa_id': '16505551234', 'detail': 'User id for Sheena Nelson has been updated.', 'user_id':
            {'previous': 'US.13491208655302741918', 'current': 'US.24817305912873645029'}, 'timestamp': '1749416383'}]}

    """

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    metadata: WebhookMetadata | None = None
    """ The business phone number that received the event; route tenants on `phone_number_id`. """
    contacts: list[WebhookContact] | None = None
    """ The users' profiles. """
    user_id_update: list[WebhookUserIdUpdate] | None = None
    """ The changes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        contacts: list[dict[str, Any]] | None = None
        if self.contacts is not None:
            contacts = [contacts_item_data.to_dict() for contacts_item_data in self.contacts]

        user_id_update: list[dict[str, Any]] | None = None
        if self.user_id_update is not None:
            user_id_update = [user_id_update_item_data.to_dict() for user_id_update_item_data in self.user_id_update]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if metadata is not None:
            field_dict["metadata"] = metadata
        if contacts is not None:
            field_dict["contacts"] = contacts
        if user_id_update is not None:
            field_dict["user_id_update"] = user_id_update

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

        _contacts = d.pop("contacts", None)
        contacts: list[WebhookContact] | None = None
        if _contacts is not None:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = WebhookContact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        _user_id_update = d.pop("user_id_update", None)
        user_id_update: list[WebhookUserIdUpdate] | None = None
        if _user_id_update is not None:
            user_id_update = []
            for user_id_update_item_data in _user_id_update:
                user_id_update_item = WebhookUserIdUpdate.from_dict(user_id_update_item_data)

                user_id_update.append(user_id_update_item)

        webhook_user_id_update_value = cls(
            messaging_product=messaging_product,
            metadata=metadata,
            contacts=contacts,
            user_id_update=user_id_update,
        )

        webhook_user_id_update_value.additional_properties = d
        return webhook_user_id_update_value

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
from ..models.webhook_contact import WebhookContact  # noqa: E402
from ..models.webhook_metadata import WebhookMetadata  # noqa: E402
from ..models.webhook_user_id_update import WebhookUserIdUpdate  # noqa: E402
