from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookFlowReply")


@_attrs_define
class WebhookFlowReply:
    """A completed WhatsApp Flow.

    Example:
        {'name': 'flow', 'body': 'Sent', 'response_json': '{"flow_token": "booking-7781", "date": "2026-03-01",
            "party_size": 4}'}

    """

    name: str | None = None
    """ Usually `flow`. """
    body: str | None = None
    """ Usually `Sent`. """
    response_json: str | None = None
    """ The Flow response: a JSON object serialized in a string (includes `flow_token`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        body = self.body

        response_json = self.response_json

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if name is not None:
            field_dict["name"] = name
        if body is not None:
            field_dict["body"] = body
        if response_json is not None:
            field_dict["response_json"] = response_json

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", None)

        body = d.pop("body", None)

        response_json = d.pop("response_json", None)

        webhook_flow_reply = cls(
            name=name,
            body=body,
            response_json=response_json,
        )

        webhook_flow_reply.additional_properties = d
        return webhook_flow_reply

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
