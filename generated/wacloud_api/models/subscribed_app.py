from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SubscribedApp")


@_attrs_define
class SubscribedApp:
    """One app subscribed to a WhatsApp Business Account's webhooks.

    Example:
        {'whatsapp_business_api_data': {'id': '1234567890123456', 'name': 'Business Messaging App', 'link':
            'https://www.facebook.com/games/?app_id=1234567890123456'}}

    """

    whatsapp_business_api_data: SubscribedAppData
    """ The subscribed app. """
    override_callback_uri: str | None = None
    """ Callback URL used for this WABA instead of the app's own, when set. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        whatsapp_business_api_data = self.whatsapp_business_api_data.to_dict()

        override_callback_uri = self.override_callback_uri

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "whatsapp_business_api_data": whatsapp_business_api_data,
        }
        if override_callback_uri is not None:
            field_dict["override_callback_uri"] = override_callback_uri

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        whatsapp_business_api_data = SubscribedAppData.from_dict(d.pop("whatsapp_business_api_data"))

        override_callback_uri = d.pop("override_callback_uri", None)

        subscribed_app = cls(
            whatsapp_business_api_data=whatsapp_business_api_data,
            override_callback_uri=override_callback_uri,
        )

        subscribed_app.additional_properties = d
        return subscribed_app

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
from ..models.subscribed_app_data import SubscribedAppData  # noqa: E402
