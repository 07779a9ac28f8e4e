from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MarkAsReadRequest")


@_attrs_define
class MarkAsReadRequest:
    """Marks a received message (and every earlier one in the chat) as read; optionally shows a typing indicator.

    Example:
        {'messaging_product': 'whatsapp', 'status': 'read', 'message_id':
            'wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA'}

    """

    message_id: str
    """ The `wamid` of the received message. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    status: Literal["read"] = "read"
    """ Always `read`. """
    typing_indicator: TypingIndicator | None = None
    """ Shows "typing…" to the customer until you reply or for up to 25 seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        status = self.status

        message_id = self.message_id

        typing_indicator: dict[str, Any] | None = None
        if self.typing_indicator is not None:
            typing_indicator = self.typing_indicator.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "status": status,
            "message_id": message_id,
        }
        if typing_indicator is not None:
            field_dict["typing_indicator"] = typing_indicator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        status = cast(Literal["read"], d.pop("status"))
        if status != "read":
            raise ValueError(f"status must match const 'read', got '{status}'")

        message_id = d.pop("message_id")

        _typing_indicator = d.pop("typing_indicator", None)
        typing_indicator: TypingIndicator | None
        if _typing_indicator is None:
            typing_indicator = None
        else:
            typing_indicator = TypingIndicator.from_dict(_typing_indicator)

        mark_as_read_request = cls(
            messaging_product=messaging_product,
            status=status,
            message_id=message_id,
            typing_indicator=typing_indicator,
        )

        mark_as_read_request.additional_properties = d
        return mark_as_read_request

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
from ..models.typing_indicator import TypingIndicator  # noqa: E402
