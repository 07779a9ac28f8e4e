from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.marketing_template_message_product_policy import (
    MarketingTemplateMessageProductPolicy,
    check_marketing_template_message_product_policy,
)
from ..models.outgoing_message_base_recipient_type import (
    OutgoingMessageBaseRecipientType,
    check_outgoing_message_base_recipient_type,
)
from ..types import graph_bool

T = TypeVar("T", bound="MarketingTemplateMessage")


@_attrs_define
class MarketingTemplateMessage:
    """A marketing template message sent through the Marketing Messages API.

    Example:
        {'messaging_product': 'whatsapp', 'to': '15551234567', 'type': 'template', 'template': {'name': 'summer_sale',
            'language': {'code': 'en_US'}}, 'message_activity_sharing': True}

    """

    template: TemplateContent
    """ Which template to send, in which language, with which parameter values. """
    messaging_product: Literal["whatsapp"] = "whatsapp"
    """ Always `whatsapp`. """
    type_: Literal["template"] = "template"
    """ Always `template`. """
    recipient_type: OutgoingMessageBaseRecipientType | None = "individual"
    """ `individual` (a phone number, WhatsApp id, BSUID or parent BSUID) or `group` (a group id in `to`). """
    to: str | None = None
    """ The recipient's phone number in international format (digits, optional +), WhatsApp id, or a group id (with
    `recipient_type` `group`). """
    recipient: str | None = None
    """ The recipient's business-scoped user id (BSUID, `US.13491208655302741918`) or parent BSUID
    (`US.ENT.11815799212886844830`): how to reach a user who shows a username instead of a phone number.
    Meta ignores a BSUID in `to`; put it here. Some messages refuse BSUIDs (one-tap, zero-tap and copy-code
    authentication templates): error 131062.
     """
    recipient_identity_key_hash: str | None = None
    """ Identity check: the hash of the user's identity key you last saw (`identity.hash` of a
    `customer_identity_changed` system webhook). Meta refuses the send (error 137000) if the user's identity
    changed since, e.g. after reinstalling WhatsApp on another device.
     """
    context: MessageContext | None = None
    """ Makes the message a reply to an earlier message. """
    biz_opaque_callback_data: str | None = None
    """ Opaque tracking data echoed back in the status webhooks of this message. """
    message_activity_sharing: bool | None = None
    """ Share (true) or withhold (false) message activity such as reads with Meta for this message. """
    product_policy: MarketingTemplateMessageProductPolicy | None = None
    """ What Meta does with a message the Marketing Messages API cannot take (for example a number not yet
    onboarded): `CLOUD_API_FALLBACK` delivers it through the Cloud API instead, `STRICT` refuses it.
    Leave it out for Meta's default. Values from Meta's Business Messaging API reference (v23.0).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messaging_product = self.messaging_product

        type_ = self.type_

        template = self.template.to_dict()

        recipient_type: str | None = None
        if self.recipient_type is not None:
            recipient_type = self.recipient_type

        to = self.to

        recipient = self.recipient

        recipient_identity_key_hash = self.recipient_identity_key_hash

        context: dict[str, Any] | None = None
        if self.context is not None:
            context = self.context.to_dict()

        biz_opaque_callback_data = self.biz_opaque_callback_data

        message_activity_sharing = self.message_activity_sharing

        product_policy: str | None = None
        if self.product_policy is not None:
            product_policy = self.product_policy

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "messaging_product": messaging_product,
            "type": type_,
            "template": template,
        }
        if recipient_type is not None:
            field_dict["recipient_type"] = recipient_type
        if to is not None:
            field_dict["to"] = to
        if recipient is not None:
            field_dict["recipient"] = recipient
        if recipient_identity_key_hash is not None:
            field_dict["recipient_identity_key_hash"] = recipient_identity_key_hash
        if context is not None:
            field_dict["context"] = context
        if biz_opaque_callback_data is not None:
            field_dict["biz_opaque_callback_data"] = biz_opaque_callback_data
        if message_activity_sharing is not None:
            field_dict["message_activity_sharing"] = message_activity_sharing
        if product_policy is not None:
            field_dict["product_policy"] = product_policy

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        messaging_product = cast(Literal["whatsapp"], d.pop("messaging_product"))
        if messaging_product != "whatsapp":
            raise ValueError(f"messaging_product must match const 'whatsapp', got '{messaging_product}'")

        type_ = cast(Literal["template"], d.pop("type"))
        if type_ != "template":
            raise ValueError(f"type must match const 'template', got '{type_}'")

        template = TemplateContent.from_dict(d.pop("template"))

        _recipient_type = d.pop("recipient_type", None)
        recipient_type: OutgoingMessageBaseRecipientType | None
        if _recipient_type is None:
            recipient_type = None
        else:
            recipient_type = check_outgoing_message_base_recipient_type(_recipient_type)

        to = d.pop("to", None)

        recipient = d.pop("recipient", None)

        recipient_identity_key_hash = d.pop("recipient_identity_key_hash", None)

        _context = d.pop("context", None)
        context: MessageContext | None
        if _context is None:
            context = None
        else:
            context = MessageContext.from_dict(_context)

        biz_opaque_callback_data = d.pop("biz_opaque_callback_data", None)

        message_activity_sharing = graph_bool(d.pop("message_activity_sharing", None))

        _product_policy = d.pop("product_policy", None)
        product_policy: MarketingTemplateMessageProductPolicy | None
        if _product_policy is None:
            product_policy = None
        else:
            product_policy = check_marketing_template_message_product_policy(_product_policy)

        marketing_template_message = cls(
            messaging_product=messaging_product,
            type_=type_,
            template=template,
            recipient_type=recipient_type,
            to=to,
            recipient=recipient,
            recipient_identity_key_hash=recipient_identity_key_hash,
            context=context,
            biz_opaque_callback_data=biz_opaque_callback_data,
            message_activity_sharing=message_activity_sharing,
            product_policy=product_policy,
        )

        marketing_template_message.additional_properties = d
        return marketing_template_message

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
from ..models.message_context import MessageContext  # noqa: E402
from ..models.template_content import TemplateContent  # noqa: E402
