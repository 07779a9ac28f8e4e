from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WebhookMessageContext")


@_attrs_define
class WebhookMessageContext:
    """What an incoming message replies to.

    Example:
        {'from': '15550783881', 'id': 'wamid.original1'}

    """

    from_: str | None = None
    """ Sender of the message replied to (the business number for replies to business messages). """
    id: str | None = None
    """ The `wamid` of the message replied to. """
    forwarded: bool | None = None
    """ True if the message was forwarded. """
    frequently_forwarded: bool | None = None
    """ True if the message was forwarded more than five times. """
    referred_product: WebhookReferredProduct | None = None
    """ The product a user asked about. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        id = self.id

        forwarded = self.forwarded

        frequently_forwarded = self.frequently_forwarded

        referred_product: dict[str, Any] | None = None
        if self.referred_product is not None:
            referred_product = self.referred_product.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if from_ is not None:
            field_dict["from"] = from_
        if id is not None:
            field_dict["id"] = id
        if forwarded is not None:
            field_dict["forwarded"] = forwarded
        if frequently_forwarded is not None:
            field_dict["frequently_forwarded"] = frequently_forwarded
        if referred_product is not None:
            field_dict["referred_product"] = referred_product

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_ = d.pop("from", None)

        id = d.pop("id", None)

        forwarded = graph_bool(d.pop("forwarded", None))

        frequently_forwarded = graph_bool(d.pop("frequently_forwarded", None))

        _referred_product = d.pop("referred_product", None)
        referred_product: WebhookReferredProduct | None
        if _referred_product is None:
            referred_product = None
        else:
            referred_product = WebhookReferredProduct.from_dict(_referred_product)

        webhook_message_context = cls(
            from_=from_,
            id=id,
            forwarded=forwarded,
            frequently_forwarded=frequently_forwarded,
            referred_product=referred_product,
        )

        webhook_message_context.additional_properties = d
        return webhook_message_context

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
from ..models.webhook_referred_product import WebhookReferredProduct  # noqa: E402
