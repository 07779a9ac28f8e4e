from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="GroupRequestResponse")


@_attrs_define
class GroupRequestResponse:
    """The answer of a group mutation whose body Meta does not document; the outcome arrives in a webhook. Every
    field is optional so any 2xx body parses.

        Example:
            {'success': True}

    """

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    success: bool | None = None
    """ Whether the request was accepted. """
    request_id: str | None = None
    """ The request id, when Meta returns one (matched in the webhook). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        success = self.success

        request_id = self.request_id

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if success is not None:
            field_dict["success"] = success
        if request_id is not None:
            field_dict["request_id"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product", None)

        success = graph_bool(d.pop("success", None))

        request_id = d.pop("request_id", None)

        group_request_response = cls(
            messaging_product=messaging_product,
            success=success,
            request_id=request_id,
        )

        group_request_response.additional_properties = d
        return group_request_response

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
