from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WabaActivity")


@_attrs_define
class WabaActivity:
    """One entry of the activity log.

    Example:
        {'id': '1234567890123456', 'activity_type': 'USER_ADDED', 'timestamp': '2023-10-15T14:30:00Z', 'actor_type':
            'USER'}

    """

    id: str
    """ The activity id. """
    activity_type: str | None = None
    """ What happened, e.g. `PHONE_NUMBER_ADDED`, `USER_ADDED`, `TEMPLATE_CREATED`, `WEBHOOK_CONFIGURED`. """
    timestamp: str | None = None
    """ When it happened (ISO 8601). """
    actor_type: str | None = None
    """ Who did it: `USER`, `SYSTEM`, `API`, `ADMIN`, `AUTOMATED_PROCESS`. """
    actor_id: str | None = None
    """ The id of the user or system that did it. """
    actor_name: str | None = None
    """ Its name. """
    description: str | None = None
    """ A readable description. """
    details: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    ip_address: str | None = None
    """ The IP address it came from, when known. """
    user_agent: str | None = None
    """ The user agent it came from, when known. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        activity_type = self.activity_type

        timestamp = self.timestamp

        actor_type = self.actor_type

        actor_id = self.actor_id

        actor_name = self.actor_name

        description = self.description

        details: dict[str, Any] | None = None
        if self.details is not None:
            details = self.details.to_dict()

        ip_address = self.ip_address

        user_agent = self.user_agent

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if activity_type is not None:
            field_dict["activity_type"] = activity_type
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if actor_type is not None:
            field_dict["actor_type"] = actor_type
        if actor_id is not None:
            field_dict["actor_id"] = actor_id
        if actor_name is not None:
            field_dict["actor_name"] = actor_name
        if description is not None:
            field_dict["description"] = description
        if details is not None:
            field_dict["details"] = details
        if ip_address is not None:
            field_dict["ip_address"] = ip_address
        if user_agent is not None:
            field_dict["user_agent"] = user_agent

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        activity_type = d.pop("activity_type", None)

        timestamp = d.pop("timestamp", None)

        actor_type = d.pop("actor_type", None)

        actor_id = d.pop("actor_id", None)

        actor_name = d.pop("actor_name", None)

        description = d.pop("description", None)

        _details = d.pop("details", None)
        details: JsonObject | None
        if _details is None:
            details = None
        else:
            details = JsonObject.from_dict(_details)

        ip_address = d.pop("ip_address", None)

        user_agent = d.pop("user_agent", None)

        waba_activity = cls(
            id=id,
            activity_type=activity_type,
            timestamp=timestamp,
            actor_type=actor_type,
            actor_id=actor_id,
            actor_name=actor_name,
            description=description,
            details=details,
            ip_address=ip_address,
            user_agent=user_agent,
        )

        waba_activity.additional_properties = d
        return waba_activity

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
from ..models.json_object import JsonObject  # noqa: E402
