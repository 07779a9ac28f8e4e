from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CoexistenceSyncResponse")


@_attrs_define
class CoexistenceSyncResponse:
    """The synchronization request.

    Example:
        {'messaging_product': 'whatsapp', 'request_id': '4723048928934'}

    """

    request_id: str
    """ The synchronization request id. """
    messaging_product: str | None = None
    """ Always `whatsapp`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_id = self.request_id

        messaging_product = self.messaging_product

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "request_id": request_id,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_id = d.pop("request_id")

        messaging_product = d.pop("messaging_product", None)

        coexistence_sync_response = cls(
            request_id=request_id,
            messaging_product=messaging_product,
        )

        coexistence_sync_response.additional_properties = d
        return coexistence_sync_response

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
