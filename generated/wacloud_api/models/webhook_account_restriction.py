from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookAccountRestriction")


@_attrs_define
class WebhookAccountRestriction:
    """A restriction on the account.

    Example:
        {'restriction_type': 'RESTRICTED_BIZ_INITIATED_MESSAGING', 'expiration': '2026-04-19T13:59:20+0000'}

    """

    restriction_type: str | None = None
    """ `RESTRICTED_BIZ_INITIATED_MESSAGING`, `RESTRICTED_ADD_PHONE_NUMBER_ACTION` ... (open-ended). """
    expiration: str | None = None
    """ When it ends, as sent. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        restriction_type = self.restriction_type

        expiration = self.expiration

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if restriction_type is not None:
            field_dict["restriction_type"] = restriction_type
        if expiration is not None:
            field_dict["expiration"] = expiration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        restriction_type = d.pop("restriction_type", None)

        expiration = d.pop("expiration", None)

        webhook_account_restriction = cls(
            restriction_type=restriction_type,
            expiration=expiration,
        )

        webhook_account_restriction.additional_properties = d
        return webhook_account_restriction

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
