from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import redacted_repr

T = TypeVar("T", bound="PhoneNumberSipServer")


@_attrs_define
class PhoneNumberSipServer:
    """A SIP server that receives calls.

    Example:
        {'hostname': 'sip.example.com', 'port': 5061, 'request_uri_user_params': {'tgrp': 'wacall'}}

    """

    hostname: str | None = None
    """ The SIP server's host name. """
    port: int | None = None
    """ The SIP server's port. """
    request_uri_user_params: JsonObject | None = None
    """ A free-form JSON object whose keys are defined by the caller (Flow data, payloads). """
    app_id: str | None = None
    """ The app the server is configured for (returned by Meta). """
    sip_user_password: str | None = _attrs_field(default=None, repr=redacted_repr)
    """ SIP password; returned only with `include_sip_credentials=true`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hostname = self.hostname

        port = self.port

        request_uri_user_params: dict[str, Any] | None = None
        if self.request_uri_user_params is not None:
            request_uri_user_params = self.request_uri_user_params.to_dict()

        app_id = self.app_id

        sip_user_password = self.sip_user_password

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if hostname is not None:
            field_dict["hostname"] = hostname
        if port is not None:
            field_dict["port"] = port
        if request_uri_user_params is not None:
            field_dict["request_uri_user_params"] = request_uri_user_params
        if app_id is not None:
            field_dict["app_id"] = app_id
        if sip_user_password is not None:
            field_dict["sip_user_password"] = sip_user_password

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        hostname = d.pop("hostname", None)

        port = d.pop("port", None)

        _request_uri_user_params = d.pop("request_uri_user_params", None)
        request_uri_user_params: JsonObject | None
        if _request_uri_user_params is None:
            request_uri_user_params = None
        else:
            request_uri_user_params = JsonObject.from_dict(_request_uri_user_params)

        app_id = d.pop("app_id", None)

        sip_user_password = d.pop("sip_user_password", None)

        phone_number_sip_server = cls(
            hostname=hostname,
            port=port,
            request_uri_user_params=request_uri_user_params,
            app_id=app_id,
            sip_user_password=sip_user_password,
        )

        phone_number_sip_server.additional_properties = d
        return phone_number_sip_server

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
from ..models.json_object import JsonObject  # noqa: E402
