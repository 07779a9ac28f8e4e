from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="CallActionResponse")


@_attrs_define
class CallActionResponse:
    """The answer of a call action: `calls` for `connect`, `success` for the others.

    Example:
        {'messaging_product': 'whatsapp', 'calls': [{'id': 'wacid.ABGGFjFVU2AfAgo6V'}]}

    """

    messaging_product: str | None = None
    """ Always `whatsapp`. """
    calls: list[PlacedCall] | None = None
    """ The call placed by `connect` (one item). """
    success: bool | None = None
    """ Whether a pre_accept/accept/reject/terminate succeeded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        calls: list[dict[str, Any]] | None = None
        if self.calls is not None:
            calls = [calls_item_data.to_dict() for calls_item_data in self.calls]

        success = self.success

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if messaging_product is not None:
            field_dict["messaging_product"] = messaging_product
        if calls is not None:
            field_dict["calls"] = calls
        if success is not None:
            field_dict["success"] = success

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = d.pop("messaging_product", None)

        _calls = d.pop("calls", None)
        calls: list[PlacedCall] | None = None
        if _calls is not None:
            calls = []
            for calls_item_data in _calls:
                calls_item = PlacedCall.from_dict(calls_item_data)

                calls.append(calls_item)

        success = graph_bool(d.pop("success", None))

        call_action_response = cls(
            messaging_product=messaging_product,
            calls=calls,
            success=success,
        )

        call_action_response.additional_properties = d
        return call_action_response

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
from ..models.placed_call import PlacedCall  # noqa: E402
