from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookSipServerSettings")


@_attrs_define
class WebhookSipServerSettings:
    """A SIP server that receives calls.

    Example:
        {'hostname': 'sip.example.com', 'port': 5061}

    """

    hostname: str | None = None
    """ The SIP server's host name. """
    port: int | None = None
    """ The SIP server's port. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        port = self.port

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if hostname is not None:
            field_dict["hostname"] = hostname
        if port is not None:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname", None)

        port = d.pop("port", None)

        webhook_sip_server_settings = cls(
            hostname=hostname,
            port=port,
        )

        webhook_sip_server_settings.additional_properties = d
        return webhook_sip_server_settings

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
