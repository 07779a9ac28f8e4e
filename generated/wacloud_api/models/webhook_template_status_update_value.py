from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookTemplateStatusUpdateValue")


@_attrs_define
class WebhookTemplateStatusUpdateValue:
    """A template status change.

    Example:
        {'event': 'APPROVED', 'message_template_id': 806312974732579, 'message_template_name': 'welcome_template',
            'message_template_language': 'en_US', 'reason': 'NONE', 'message_template_category': 'MARKETING'}

    """

    event: str | None = None
    """ `APPROVED`, `REJECTED`, `PENDING`, `PAUSED`, `DISABLED`, `ARCHIVED`, `UNARCHIVED`, `IN_APPEAL`,
    `PENDING_DELETION`, `REINSTATED`, `FLAGGED` ... (open-ended). """
    message_template_id: int | None = None
    """ Template id. """
    message_template_name: str | None = None
    """ Template name. """
    message_template_language: str | None = None
    """ Template language and locale code. """
    reason: str | None = None
    """ `NONE` on approval, else why (open-ended). """
    message_template_category: str | None = None
    """ The template category. """
    disable_info: WebhookTemplateDisableInfo | None = None
    """ When a disabled template stops working. """
    other_info: WebhookTemplateOtherInfo | None = None
    """ Extra information for locked or unlocked templates. """
    rejection_info: WebhookTemplateRejectionInfo | None = None
    """ Why a template was rejected, and what to change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        message_template_id = self.message_template_id

        message_template_name = self.message_template_name

        message_template_language = self.message_template_language

        reason = self.reason

        message_template_category = self.message_template_category

        disable_info: dict[str, Any] | None = None
        if self.disable_info is not None:
            disable_info = self.disable_info.to_dict()

        other_info: dict[str, Any] | None = None
        if self.other_info is not None:
            other_info = self.other_info.to_dict()

        rejection_info: dict[str, Any] | None = None
        if self.rejection_info is not None:
            rejection_info = self.rejection_info.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if event is not None:
            field_dict["event"] = event
        if message_template_id is not None:
            field_dict["message_template_id"] = message_template_id
        if message_template_name is not None:
            field_dict["message_template_name"] = message_template_name
        if message_template_language is not None:
            field_dict["message_template_language"] = message_template_language
        if reason is not None:
            field_dict["reason"] = reason
        if message_template_category is not None:
            field_dict["message_template_category"] = message_template_category
        if disable_info is not None:
            field_dict["disable_info"] = disable_info
        if other_info is not None:
            field_dict["other_info"] = other_info
        if rejection_info is not None:
            field_dict["rejection_info"] = rejection_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event", None)

        message_template_id = d.pop("message_template_id", None)

        message_template_name = d.pop("message_template_name", None)

        message_template_language = d.pop("message_template_language", None)

        reason = d.pop("reason", None)

        message_template_category = d.pop("message_template_category", None)

        _disable_info = d.pop("disable_info", None)
        disable_info: WebhookTemplateDisableInfo | None
        if _disable_info is None:
            disable_info = None
        else:
            disable_info = WebhookTemplateDisableInfo.from_dict(_disable_info)

        _other_info = d.pop("other_info", None)
        other_info: WebhookTemplateOtherInfo | None
        if _other_info is None:
            other_info = None
        else:
            other_info = WebhookTemplateOtherInfo.from_dict(_other_info)

        _rejection_info = d.pop("rejection_info", None)
        rejection_info: WebhookTemplateRejectionInfo | None
        if _rejection_info is None:
            rejection_info = None
        else:
            rejection_info = WebhookTemplateRejectionInfo.from_dict(_rejection_info)

        webhook_template_status_update_value = cls(
            event=event,
            message_template_id=message_template_id,
            message_template_name=message_template_name,
            message_template_language=message_template_language,
            reason=reason,
            message_template_category=message_template_category,
            disable_info=disable_info,
            other_info=other_info,
            rejection_info=rejection_info,
        )

        webhook_template_status_update_value.additional_properties = d
        return webhook_template_status_update_value

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
from ..models.webhook_template_disable_info import WebhookTemplateDisableInfo  # noqa: E402
from ..models.webhook_template_other_info import WebhookTemplateOtherInfo  # noqa: E402
from ..models.webhook_template_rejection_info import WebhookTemplateRejectionInfo  # noqa: E402
