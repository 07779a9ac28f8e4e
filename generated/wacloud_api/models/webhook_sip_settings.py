from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookSipSettings")


@_attrs_define
class WebhookSipSettings:
    """SIP call signaling.

    Example:
        {'status': 'ENABLED', 'servers': [{'hostname': 'sip.example.com', 'port': 5061}]}

    """

    status: str | None = None
    """ `ENABLED` or `DISABLED`. """
    servers: list[WebhookSipServerSettings] | None = None
    """ The SIP servers. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        servers: list[dict[str, Any]] | None = None
        if self.servers is not None:
            servers = [servers_item_data.to_dict() for servers_item_data in self.servers]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if status is not None:
            field_dict["status"] = status
        if servers is not None:
            field_dict["servers"] = servers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", None)

        _servers = d.pop("servers", None)
        servers: list[WebhookSipServerSettings] | None = None
        if _servers is not None:
            servers = []
            for servers_item_data in _servers:
                servers_item = WebhookSipServerSettings.from_dict(servers_item_data)

                servers.append(servers_item)

        webhook_sip_settings = cls(
            status=status,
            servers=servers,
        )

        webhook_sip_settings.additional_properties = d
        return webhook_sip_settings

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
from ..models.webhook_sip_server_settings import WebhookSipServerSettings  # noqa: E402
