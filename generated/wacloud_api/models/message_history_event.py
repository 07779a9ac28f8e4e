from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageHistoryEvent")


@_attrs_define
class MessageHistoryEvent:
    """One status event of a message.

    Example:
        {'id': '2345678901234567', 'delivery_status': 'SENT', 'timestamp': 1640995200, 'webhook_update_state':
            'DELIVERED'}

    """

    id: str
    """ The event id. """
    delivery_status: str | None = None
    """ `SENT`, `DELIVERED`, `READ`, `FAILED` or `DELETED`. """
    timestamp: int | None = None
    """ When it happened (unix seconds). """
    occurrence_timestamp: int | None = None
    """ When it happened (unix seconds). """
    status_timestamp: int | None = None
    """ When it was recorded (unix seconds). """
    webhook_update_state: str | None = None
    """ Whether the status webhook reached you: `PENDING`, `DELIVERED`, `FAILED` or `RETRYING`. """
    webhook_uri: str | None = None
    """ Where the webhook was sent. """
    application: NamedObject | None = None
    """ A reference to another Graph object. """
    error_description: str | None = None
    """ Why delivery failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        delivery_status = self.delivery_status

        timestamp = self.timestamp

        occurrence_timestamp = self.occurrence_timestamp

        status_timestamp = self.status_timestamp

        webhook_update_state = self.webhook_update_state

        webhook_uri = self.webhook_uri

        application: dict[str, Any] | None = None
        if self.application is not None:
            application = self.application.to_dict()

        error_description = self.error_description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if delivery_status is not None:
            field_dict["delivery_status"] = delivery_status
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if occurrence_timestamp is not None:
            field_dict["occurrence_timestamp"] = occurrence_timestamp
        if status_timestamp is not None:
            field_dict["status_timestamp"] = status_timestamp
        if webhook_update_state is not None:
            field_dict["webhook_update_state"] = webhook_update_state
        if webhook_uri is not None:
            field_dict["webhook_uri"] = webhook_uri
        if application is not None:
            field_dict["application"] = application
        if error_description is not None:
            field_dict["error_description"] = error_description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        delivery_status = d.pop("delivery_status", None)

        timestamp = d.pop("timestamp", None)

        occurrence_timestamp = d.pop("occurrence_timestamp", None)

        status_timestamp = d.pop("status_timestamp", None)

        webhook_update_state = d.pop("webhook_update_state", None)

        webhook_uri = d.pop("webhook_uri", None)

        _application = d.pop("application", None)
        application: NamedObject | None
        if _application is None:
            application = None
        else:
            application = NamedObject.from_dict(_application)

        error_description = d.pop("error_description", None)

        message_history_event = cls(
            id=id,
            delivery_status=delivery_status,
            timestamp=timestamp,
            occurrence_timestamp=occurrence_timestamp,
            status_timestamp=status_timestamp,
            webhook_update_state=webhook_update_state,
            webhook_uri=webhook_uri,
            application=application,
            error_description=error_description,
        )

        message_history_event.additional_properties = d
        return message_history_event

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
from ..models.named_object import NamedObject  # noqa: E402
