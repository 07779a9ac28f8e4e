from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WebhookCallPermissionReply")


@_attrs_define
class WebhookCallPermissionReply:
    """The user's answer to a `call_permission_request` interactive message (or an automatic grant when the user called the
    business).

        Example:
            {'response': 'accept', 'is_permanent': False, 'expiration_timestamp': 1749416383, 'response_source':
                'user_action'}

    """

    response: str | None = None
    """ `accept` or `reject` (open-ended). """
    is_permanent: bool | None = None
    """ Whether the user granted permission permanently rather than for a limited time. """
    expiration_timestamp: int | None = None
    """ When a temporary permission expires (Unix seconds). """
    response_source: str | None = None
    """ `user_action` (the user answered the request) or `automatic` (granted because the user called the business);
    open-ended. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        response = self.response

        is_permanent = self.is_permanent

        expiration_timestamp = self.expiration_timestamp

        response_source = self.response_source

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if response is not None:
            field_dict["response"] = response
        if is_permanent is not None:
            field_dict["is_permanent"] = is_permanent
        if expiration_timestamp is not None:
            field_dict["expiration_timestamp"] = expiration_timestamp
        if response_source is not None:
            field_dict["response_source"] = response_source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        response = d.pop("response", None)

        is_permanent = graph_bool(d.pop("is_permanent", None))

        expiration_timestamp = d.pop("expiration_timestamp", None)

        response_source = d.pop("response_source", None)

        webhook_call_permission_reply = cls(
            response=response,
            is_permanent=is_permanent,
            expiration_timestamp=expiration_timestamp,
            response_source=response_source,
        )

        webhook_call_permission_reply.additional_properties = d
        return webhook_call_permission_reply

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
