from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountUpdateValue")


@_attrs_define
class WebhookAccountUpdateValue:
    """A WhatsApp Business Account update.

    Example:
        {'phone_number': '15550783881', 'event': 'ACCOUNT_RESTRICTION', 'restriction_info': [{'restriction_type':
            'RESTRICTED_BIZ_INITIATED_MESSAGING', 'expiration': '2026-04-19T13:59:20+0000'}]}

    """

    event: str | None = None
    """ `VERIFIED_ACCOUNT`, `DISABLED_UPDATE`, `ACCOUNT_VIOLATION`, `ACCOUNT_RESTRICTION`, `ACCOUNT_DELETED`,
    `PARTNER_ADDED`, `PARTNER_REMOVED` ... (open-ended). """
    phone_number: str | None = None
    """ The business phone number concerned, if any. """
    ban_info: WebhookAccountBanInfo | None = None
    """ Ban state of a WhatsApp Business Account. """
    violation_info: WebhookAccountViolationInfo | None = None
    """ A policy violation. """
    restriction_info: list[WebhookAccountRestriction] | None = None
    """ Restrictions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        phone_number = self.phone_number

        ban_info: dict[str, Any] | None = None
        if self.ban_info is not None:
            ban_info = self.ban_info.to_dict()

        violation_info: dict[str, Any] | None = None
        if self.violation_info is not None:
            violation_info = self.violation_info.to_dict()

        restriction_info: list[dict[str, Any]] | None = None
        if self.restriction_info is not None:
            restriction_info = [
                restriction_info_item_data.to_dict() for restriction_info_item_data in self.restriction_info
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if event is not None:
            field_dict["event"] = event
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if ban_info is not None:
            field_dict["ban_info"] = ban_info
        if violation_info is not None:
            field_dict["violation_info"] = violation_info
        if restriction_info is not None:
            field_dict["restriction_info"] = restriction_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event", None)

        phone_number = d.pop("phone_number", None)

        _ban_info = d.pop("ban_info", None)
        ban_info: WebhookAccountBanInfo | None
        if _ban_info is None:
            ban_info = None
        else:
            ban_info = WebhookAccountBanInfo.from_dict(_ban_info)

        _violation_info = d.pop("violation_info", None)
        violation_info: WebhookAccountViolationInfo | None
        if _violation_info is None:
            violation_info = None
        else:
            violation_info = WebhookAccountViolationInfo.from_dict(_violation_info)

        _restriction_info = d.pop("restriction_info", None)
        restriction_info: list[WebhookAccountRestriction] | None = None
        if _restriction_info is not None:
            restriction_info = []
            for restriction_info_item_data in _restriction_info:
                restriction_info_item = WebhookAccountRestriction.from_dict(restriction_info_item_data)

                restriction_info.append(restriction_info_item)

        webhook_account_update_value = cls(
            event=event,
            phone_number=phone_number,
            ban_info=ban_info,
            violation_info=violation_info,
            restriction_info=restriction_info,
        )

        webhook_account_update_value.additional_properties = d
        return webhook_account_update_value

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
from ..models.webhook_account_ban_info import WebhookAccountBanInfo  # noqa: E402
from ..models.webhook_account_restriction import WebhookAccountRestriction  # noqa: E402
from ..models.webhook_account_violation_info import WebhookAccountViolationInfo  # noqa: E402
