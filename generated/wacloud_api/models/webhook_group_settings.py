from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookGroupSettings")


@_attrs_define
class WebhookGroupSettings:
    """The outcome of `client.groups.update` (subject, description, picture), each setting with its own result.

    Example:
        {'timestamp': '1745250200', 'group_id': 'Y2FwaV9ncm91cDoxOTUwNTU1MDA3OToxMjAzNjMzOTQzMjAdOTY0MTUZD', 'type':
            'group_settings_update', 'request_id': 'A24EA888AE86139F9A1ECFE4463E7186', 'group_subject': {'text': 'Watch
            Enthusiasts', 'update_successful': True}}

    """

    timestamp: str | None = None
    """ When it happened (Unix seconds). """
    type_: str | None = None
    """ Always `group_settings_update` (open-ended). """
    group_id: str | None = None
    """ The group id. """
    request_id: str | None = None
    """ The `request_id` of the update call. """
    profile_picture: WebhookGroupSettingResult | None = None
    """ The outcome of one setting of a group settings update. """
    group_subject: WebhookGroupSettingResult | None = None
    """ The outcome of one setting of a group settings update. """
    group_description: WebhookGroupSettingResult | None = None
    """ The outcome of one setting of a group settings update. """
    errors: list[WebhookError] | None = None
    """ Why the update failed, in whole or in part. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timestamp = self.timestamp

        type_ = self.type_

        group_id = self.group_id

        request_id = self.request_id

        profile_picture: dict[str, Any] | None = None
        if self.profile_picture is not None:
            profile_picture = self.profile_picture.to_dict()

        group_subject: dict[str, Any] | None = None
        if self.group_subject is not None:
            group_subject = self.group_subject.to_dict()

        group_description: dict[str, Any] | None = None
        if self.group_description is not None:
            group_description = self.group_description.to_dict()

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
        if profile_picture is not None:
            field_dict["profile_picture"] = profile_picture
        if group_subject is not None:
            field_dict["group_subject"] = group_subject
        if group_description is not None:
            field_dict["group_description"] = group_description
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

        _profile_picture = d.pop("profile_picture", None)
        profile_picture: WebhookGroupSettingResult | None
        if _profile_picture is None:
            profile_picture = None
        else:
            profile_picture = WebhookGroupSettingResult.from_dict(_profile_picture)

        _group_subject = d.pop("group_subject", None)
        group_subject: WebhookGroupSettingResult | None
        if _group_subject is None:
            group_subject = None
        else:
            group_subject = WebhookGroupSettingResult.from_dict(_group_subject)

        _group_description = d.pop("group_description", None)
        group_description: WebhookGroupSettingResult | None
        if _group_description is None:
            group_description = None
        else:
            group_description = WebhookGroupSettingResult.from_dict(_group_description)

        _errors = d.pop("errors", None)
        errors: list[WebhookError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookError.from_dict(errors_item_data)

                errors.append(errors_item)

        webhook_group_settings = cls(
            timestamp=timestamp,
            type_=type_,
            group_id=group_id,
            request_id=request_id,
            profile_picture=profile_picture,
            group_subject=group_subject,
            group_description=group_description,
            errors=errors,
        )

        webhook_group_settings.additional_properties = d
        return webhook_group_settings

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
from ..models.webhook_group_setting_result import WebhookGroupSettingResult  # noqa: E402
