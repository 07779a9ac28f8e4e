from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookGroupLifecycle")


@_attrs_define
class WebhookGroupLifecycle:
    """A group was created (`type` `group_create`: the answer to `client.groups.create`, which only returned a
    `request_id`) or deleted (`group_delete`); `errors` says why it failed.

        Example:
            {'timestamp': '1761886979', 'group_id': 'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD', 'type':
                'group_create', 'request_id': '6E485DA48931CFDD9CCDF97DE6FFF1B4', 'subject': 'Order 12345 coordination',
                'invite_link': 'https://chat.whatsapp.com/BwEEU01Yuod1zPiapnbXqO', 'join_approval_mode': 'auto_approve'}

    """

    timestamp: str | None = None
    """ When it happened (Unix seconds). """
    type_: str | None = None
    """ `group_create` or `group_delete` (open-ended). """
    request_id: str | None = None
    """ The `request_id` the create or delete call returned; match it to learn the new `group_id`. """
    group_id: str | None = None
    """ The group id. """
    subject: str | None = None
    """ The group subject. """
    description: str | None = None
    """ The group description. """
    invite_link: str | None = None
    """ The group's invite link (created groups); send it to the users you want in the group. """
    join_approval_mode: str | None = None
    """ `auto_approve` or `approval_required` (open-ended). """
    errors: list[WebhookError] | None = None
    """ Why the create or delete failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        type_ = self.type_

        request_id = self.request_id

        group_id = self.group_id

        subject = self.subject

        description = self.description

        invite_link = self.invite_link

        join_approval_mode = self.join_approval_mode

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
        if request_id is not None:
            field_dict["request_id"] = request_id
        if group_id is not None:
            field_dict["group_id"] = group_id
        if subject is not None:
            field_dict["subject"] = subject
        if description is not None:
            field_dict["description"] = description
        if invite_link is not None:
            field_dict["invite_link"] = invite_link
        if join_approval_mode is not None:
            field_dict["join_approval_mode"] = join_approval_mode
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        timestamp = d.pop("timestamp", None)

        type_ = d.pop("type", None)

        request_id = d.pop("request_id", None)

        group_id = d.pop("group_id", None)

        subject = d.pop("subject", None)

        description = d.pop("description", None)

        invite_link = d.pop("invite_link", None)

        join_approval_mode = d.pop("join_approval_mode", None)

        _errors = d.pop("errors", None)
        errors: list[WebhookError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookError.from_dict(errors_item_data)

                errors.append(errors_item)

        webhook_group_lifecycle = cls(
            timestamp=timestamp,
            type_=type_,
            request_id=request_id,
            group_id=group_id,
            subject=subject,
            description=description,
            invite_link=invite_link,
            join_approval_mode=join_approval_mode,
            errors=errors,
        )

        webhook_group_lifecycle.additional_properties = d
        return webhook_group_lifecycle

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
