from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookCallsValue")


@_attrs_define
class WebhookCallsValue:
    """`calls` events: one per item of `calls` (connect, terminate) and of `statuses` (call statuses)."""

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    metadata: WebhookMetadata | None = None
    """ The business phone number that received the event; route tenants on `phone_number_id`. """
    contacts: list[WebhookContact] | None = None
    """ The user's profile. """
    calls: list[WebhookCall] | None = None
    """ Connect and terminate events. """
    statuses: list[WebhookCallStatus] | None = None
    """ Call status events (business-initiated calls). """
    errors: list[WebhookError] | None = None
    """ Why a call failed (read from each event as `errors`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        metadata: dict[str, Any] | None = None
        if self.metadata is not None:
            metadata = self.metadata.to_dict()

        contacts: list[dict[str, Any]] | None = None
        if self.contacts is not None:
            contacts = [contacts_item_data.to_dict() for contacts_item_data in self.contacts]

        calls: list[dict[str, Any]] | None = None
        if self.calls is not None:
            calls = [calls_item_data.to_dict() for calls_item_data in self.calls]

        statuses: list[dict[str, Any]] | None = None
        if self.statuses is not None:
            statuses = [statuses_item_data.to_dict() for statuses_item_data in self.statuses]

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if metadata is not None:
            field_dict["metadata"] = metadata
        if contacts is not None:
            field_dict["contacts"] = contacts
        if calls is not None:
            field_dict["calls"] = calls
        if statuses is not None:
            field_dict["statuses"] = statuses
        if errors is not None:
            field_dict["errors"] = errors

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

        _calls = d.pop("calls", None)
        calls: list[WebhookCall] | None = None
        if _calls is not None:
            calls = []
            for calls_item_data in _calls:
                calls_item = WebhookCall.from_dict(calls_item_data)

                calls.append(calls_item)

        _statuses = d.pop("statuses", None)
        statuses: list[WebhookCallStatus] | None = None
        if _statuses is not None:
            statuses = []
            for statuses_item_data in _statuses:
                statuses_item = WebhookCallStatus.from_dict(statuses_item_data)

                statuses.append(statuses_item)

        _errors = d.pop("errors", None)
        errors: list[WebhookError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookError.from_dict(errors_item_data)

                errors.append(errors_item)

        webhook_calls_value = cls(
            messaging_product=messaging_product,
            metadata=metadata,
            contacts=contacts,
            calls=calls,
            statuses=statuses,
            errors=errors,
        )

        webhook_calls_value.additional_properties = d
        return webhook_calls_value

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
from ..models.webhook_call import WebhookCall  # noqa: E402
from ..models.webhook_call_status import WebhookCallStatus  # noqa: E402
from ..models.webhook_contact import WebhookContact  # noqa: E402
from ..models.webhook_error import WebhookError  # noqa: E402
from ..models.webhook_metadata import WebhookMetadata  # noqa: E402
