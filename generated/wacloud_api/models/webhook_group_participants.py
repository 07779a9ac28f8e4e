from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookGroupParticipants")


@_attrs_define
class WebhookGroupParticipants:
    """Participants joined (`group_participants_add`, `reason` `invite_link`) or left or were removed
    (`group_participants_remove`, `initiated_by` `participant` or `business`), or a join request was created or revoked
    (`group_join_request_created` / `group_join_request_revoked`, with the requester in `wa_id` / `user_id`).

        Example:
            {'timestamp': '1745250100', 'group_id': 'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD', 'type':
                'group_participants_add', 'reason': 'invite_link', 'added_participants': [{'wa_id': '16505551234', 'user_id':
                'US.13491208655302741918'}]}

    """

    timestamp: str | None = None
    """ When it happened (Unix seconds). """
    type_: str | None = None
    """ `group_participants_add`, `group_participants_remove`, `group_join_request_created`,
    `group_join_request_revoked` (open-ended). """
    group_id: str | None = None
    """ The group id. """
    request_id: str | None = None
    """ The `request_id` of your remove-participants call, for removals by the business. """
    reason: str | None = None
    """ Why participants were added, e.g. `invite_link` (open-ended). """
    initiated_by: str | None = None
    """ `business` or `participant` (open-ended). """
    added_participants: list[WebhookGroupParticipant] | None = None
    """ Users who joined. """
    removed_participants: list[WebhookGroupParticipant] | None = None
    """ Users who left or were removed. """
    failed_participants: list[WebhookGroupParticipant] | None = None
    """ Users who could not be removed. """
    join_request_id: str | None = None
    """ The join request (join request events); approve or reject it with `client.groups`. """
    wa_id: str | None = None
    """ Join request events: the requester's phone number, when Meta can share it. """
    user_id: str | None = None
    """ Join request events: the requester's BSUID. """
    parent_user_id: str | None = None
    """ Join request events: the requester's parent BSUID. """
    username: str | None = None
    """ Join request events: the requester's username. """
    errors: list[WebhookError] | None = None
    """ Why a removal failed, in whole or in part. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        type_ = self.type_

        group_id = self.group_id

        request_id = self.request_id

        reason = self.reason

        initiated_by = self.initiated_by

        added_participants: list[dict[str, Any]] | None = None
        if self.added_participants is not None:
            added_participants = [
                added_participants_item_data.to_dict() for added_participants_item_data in self.added_participants
            ]

        removed_participants: list[dict[str, Any]] | None = None
        if self.removed_participants is not None:
            removed_participants = [
                removed_participants_item_data.to_dict() for removed_participants_item_data in self.removed_participants
            ]

        failed_participants: list[dict[str, Any]] | None = None
        if self.failed_participants is not None:
            failed_participants = [
                failed_participants_item_data.to_dict() for failed_participants_item_data in self.failed_participants
            ]

        join_request_id = self.join_request_id

        wa_id = self.wa_id

        user_id = self.user_id

        parent_user_id = self.parent_user_id

        username = self.username

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if timestamp is not None:
            field_dict["timestamp"] = timestamp
        if type_ is not None:
            field_dict["type"] = type_
        if group_id is not None:
            field_dict["group_id"] = group_id
        if request_id is not None:
            field_dict["request_id"] = request_id
        if reason is not None:
            field_dict["reason"] = reason
        if initiated_by is not None:
            field_dict["initiated_by"] = initiated_by
        if added_participants is not None:
            field_dict["added_participants"] = added_participants
        if removed_participants is not None:
            field_dict["removed_participants"] = removed_participants
        if failed_participants is not None:
            field_dict["failed_participants"] = failed_participants
        if join_request_id is not None:
            field_dict["join_request_id"] = join_request_id
        if wa_id is not None:
            field_dict["wa_id"] = wa_id
        if user_id is not None:
            field_dict["user_id"] = user_id
        if parent_user_id is not None:
            field_dict["parent_user_id"] = parent_user_id
        if username is not None:
            field_dict["username"] = username
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", None)

        type_ = d.pop("type", None)

        group_id = d.pop("group_id", None)

        request_id = d.pop("request_id", None)

        reason = d.pop("reason", None)

        initiated_by = d.pop("initiated_by", None)

        _added_participants = d.pop("added_participants", None)
        added_participants: list[WebhookGroupParticipant] | None = None
        if _added_participants is not None:
            added_participants = []
            for added_participants_item_data in _added_participants:
                added_participants_item = WebhookGroupParticipant.from_dict(added_participants_item_data)

                added_participants.append(added_participants_item)

        _removed_participants = d.pop("removed_participants", None)
        removed_participants: list[WebhookGroupParticipant] | None = None
        if _removed_participants is not None:
            removed_participants = []
            for removed_participants_item_data in _removed_participants:
                removed_participants_item = WebhookGroupParticipant.from_dict(removed_participants_item_data)

                removed_participants.append(removed_participants_item)

        _failed_participants = d.pop("failed_participants", None)
        failed_participants: list[WebhookGroupParticipant] | None = None
        if _failed_participants is not None:
            failed_participants = []
            for failed_participants_item_data in _failed_participants:
                failed_participants_item = WebhookGroupParticipant.from_dict(failed_participants_item_data)

                failed_participants.append(failed_participants_item)

        join_request_id = d.pop("join_request_id", None)

        wa_id = d.pop("wa_id", None)

        user_id = d.pop("user_id", None)

        parent_user_id = d.pop("parent_user_id", None)

        username = d.pop("username", None)

        _errors = d.pop("errors", None)
        errors: list[WebhookError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookError.from_dict(errors_item_data)

                errors.append(errors_item)

        webhook_group_participants = cls(
            timestamp=timestamp,
            type_=type_,
            group_id=group_id,
            request_id=request_id,
            reason=reason,
            initiated_by=initiated_by,
            added_participants=added_participants,
            removed_participants=removed_participants,
            failed_participants=failed_participants,
            join_request_id=join_request_id,
            wa_id=wa_id,
            user_id=user_id,
            parent_user_id=parent_user_id,
            username=username,
            errors=errors,
        )

        webhook_group_participants.additional_properties = d
        return webhook_group_participants

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
from ..models.webhook_error import WebhookError  # noqa: E402
from ..models.webhook_group_participant import WebhookGroupParticipant  # noqa: E402
