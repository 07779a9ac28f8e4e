from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscribedAppSubscribeRequest")


@_attrs_define
class SubscribedAppSubscribeRequest:
    """Optional per-WABA callback override for a webhook subscription.

    Example:
        {'override_callback_uri': 'https://example.com/webhooks/whatsapp', 'verify_token': 'my-verify-token'}

    """

    override_callback_uri: str | None = None
    """ Send this WABA's webhooks to this HTTPS URL instead of the app's callback. """
    verify_token: str | None = None
    """ Token Meta echoes when verifying `override_callback_uri` (required with it). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        override_callback_uri = self.override_callback_uri

        verify_token = self.verify_token

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if override_callback_uri is not None:
            field_dict["override_callback_uri"] = override_callback_uri
        if verify_token is not None:
            field_dict["verify_token"] = verify_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        override_callback_uri = d.pop("override_callback_uri", None)

        verify_token = d.pop("verify_token", None)

        subscribed_app_subscribe_request = cls(
            override_callback_uri=override_callback_uri,
            verify_token=verify_token,
        )

        subscribed_app_subscribe_request.additional_properties = d
        return subscribed_app_subscribe_request

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
