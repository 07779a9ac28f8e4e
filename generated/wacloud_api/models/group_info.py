from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="GroupInfo")


@_attrs_define
class GroupInfo:
    """A group; every field but `id` depends on `fields`.

    Example:
        {'id': 'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD', 'messaging_product': 'whatsapp', 'subject':
            'Order 12345 coordination'}

    """

    id: str
    """ The group id. """
    messaging_product: str | None = None
    """ Always `whatsapp`. """
    subject: str | None = None
    """ The group subject. """
    description: str | None = None
    """ The group description. """
    join_approval_mode: str | None = None
    """ `auto_approve` or `approval_required` (open-ended). """
    suspended: bool | None = None
    """ Whether WhatsApp suspended the group. """
    creation_timestamp: int | None = None
    """ When the group was created (Unix seconds). """
    total_participant_count: int | None = None
    """ The number of participants, the business excluded. """
    participants: list[GroupParticipantInfo] | None = None
    """ The participants, the business excluded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        messaging_product = self.messaging_product

        subject = self.subject

        description = self.description

        join_approval_mode = self.join_approval_mode

        suspended = self.suspended

        creation_timestamp = self.creation_timestamp

        total_participant_count = self.total_participant_count

        participants: list[dict[str, Any]] | None = None
        if self.participants is not None:
            participants = [participants_item_data.to_dict() for participants_item_data in self.participants]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if subject is not None:
            field_dict["subject"] = subject
        if description is not None:
            field_dict["description"] = description
        if join_approval_mode is not None:
            field_dict["join_approval_mode"] = join_approval_mode
        if suspended is not None:
            field_dict["suspended"] = suspended
        if creation_timestamp is not None:
            field_dict["creation_timestamp"] = creation_timestamp
        if total_participant_count is not None:
            field_dict["total_participant_count"] = total_participant_count
        if participants is not None:
            field_dict["participants"] = participants

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        messaging_product = d.pop("messaging_product", None)

        subject = d.pop("subject", None)

        description = d.pop("description", None)

        join_approval_mode = d.pop("join_approval_mode", None)

        suspended = graph_bool(d.pop("suspended", None))

        creation_timestamp = d.pop("creation_timestamp", None)

        total_participant_count = d.pop("total_participant_count", None)

        _participants = d.pop("participants", None)
        participants: list[GroupParticipantInfo] | None = None
        if _participants is not None:
            participants = []
            for participants_item_data in _participants:
                participants_item = GroupParticipantInfo.from_dict(participants_item_data)

                participants.append(participants_item)

        group_info = cls(
            id=id,
            messaging_product=messaging_product,
            subject=subject,
            description=description,
            join_approval_mode=join_approval_mode,
            suspended=suspended,
            creation_timestamp=creation_timestamp,
            total_participant_count=total_participant_count,
            participants=participants,
        )

        group_info.additional_properties = d
        return group_info

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
from ..models.group_participant_info import GroupParticipantInfo  # noqa: E402
