from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookStatus")


@_attrs_define
class WebhookStatus:
    """A status update of a message the business sent.

    Example:
        {'id': 'wamid.failed1', 'status': 'failed', 'timestamp': '1750857410', 'recipient_id': '16505551234', 'errors':
            [{'code': 131047, 'title': 'Re-engagement message', 'message': 'Re-engagement message', 'error_data':
            {'details': 'Message failed to send because more than 24 hours have passed since the customer last replied to
            this number.'}, 'href': 'https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/'}]}

    """

    id: str
    """ The `wamid` of the message. """
    status: str
    """ `sent`, `delivered`, `read`, `played` (a voice message, first played) or `failed`; Meta may add more (open-
    ended). """
    timestamp: str
    """ Unix time (seconds, as a string) of the status change. """
    recipient_id: str | None = None
    """ The recipient's phone number, or the group id; absent for a send to a BSUID when Meta cannot share the phone
    number. """
    recipient_user_id: str | None = None
    """ The recipient's BSUID (always present since April 2026, except on `failed` statuses of sends to a phone
    number). """
    recipient_parent_user_id: str | None = None
    """ The recipient's parent BSUID, if parent BSUIDs are enabled. """
    recipient_type: str | None = None
    """ `individual` or `group`, when present. """
    recipient_participant_id: str | None = None
    """ Group statuses: the phone number of the participant this receipt is for (Meta's group webhooks page also
    spells it `participant_recipient_id`; both are read). """
    recipient_participant_user_id: str | None = None
    """ Group statuses: the BSUID of the participant this receipt is for. """
    recipient_participant_parent_user_id: str | None = None
    """ Group statuses: the parent BSUID of the participant, if parent BSUIDs are enabled. """
    recipient_identity_key_hash: str | None = None
    """ The recipient's identity key hash, only with the identity change check on (see the `security` field and
    `customer_identity_changed` system messages). """
    biz_opaque_callback_data: str | None = None
    """ The tracking string sent with the message. """
    conversation: WebhookConversation | None = None
    """ The conversation of a status (API v23.0 and below; v24.0+ sends only `pricing`). """
    pricing: WebhookPricing | None = None
    """ How a message is billed. """
    errors: list[WebhookError] | None = None
    """ Why delivery failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status

        timestamp = self.timestamp

        recipient_id = self.recipient_id

        recipient_user_id = self.recipient_user_id

        recipient_parent_user_id = self.recipient_parent_user_id

        recipient_type = self.recipient_type

        recipient_participant_id = self.recipient_participant_id

        recipient_participant_user_id = self.recipient_participant_user_id

        recipient_participant_parent_user_id = self.recipient_participant_parent_user_id

        recipient_identity_key_hash = self.recipient_identity_key_hash

        biz_opaque_callback_data = self.biz_opaque_callback_data

        conversation: dict[str, Any] | None = None
        if self.conversation is not None:
            conversation = self.conversation.to_dict()

        pricing: dict[str, Any] | None = None
        if self.pricing is not None:
            pricing = self.pricing.to_dict()

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "status": status,
            "timestamp": timestamp,
        }
        if recipient_id is not None:
            field_dict["recipient_id"] = recipient_id
        if recipient_user_id is not None:
            field_dict["recipient_user_id"] = recipient_user_id
        if recipient_parent_user_id is not None:
            field_dict["recipient_parent_user_id"] = recipient_parent_user_id
        if recipient_type is not None:
            field_dict["recipient_type"] = recipient_type
        if recipient_participant_id is not None:
            field_dict["recipient_participant_id"] = recipient_participant_id
        if recipient_participant_user_id is not None:
            field_dict["recipient_participant_user_id"] = recipient_participant_user_id
        if recipient_participant_parent_user_id is not None:
            field_dict["recipient_participant_parent_user_id"] = recipient_participant_parent_user_id
        if recipient_identity_key_hash is not None:
            field_dict["recipient_identity_key_hash"] = recipient_identity_key_hash
        if biz_opaque_callback_data is not None:
            field_dict["biz_opaque_callback_data"] = biz_opaque_callback_data
        if conversation is not None:
            field_dict["conversation"] = conversation
        if pricing is not None:
            field_dict["pricing"] = pricing
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        status = d.pop("status")

        timestamp = d.pop("timestamp")

        recipient_id = d.pop("recipient_id", None)

        recipient_user_id = d.pop("recipient_user_id", None)

        recipient_parent_user_id = d.pop("recipient_parent_user_id", None)

        recipient_type = d.pop("recipient_type", None)

        recipient_participant_id = d.pop("recipient_participant_id", None)

        recipient_participant_user_id = d.pop("recipient_participant_user_id", None)

        recipient_participant_parent_user_id = d.pop("recipient_participant_parent_user_id", None)

        recipient_identity_key_hash = d.pop("recipient_identity_key_hash", None)

        biz_opaque_callback_data = d.pop("biz_opaque_callback_data", None)

        _conversation = d.pop("conversation", None)
        conversation: WebhookConversation | None
        if _conversation is None:
            conversation = None
        else:
            conversation = WebhookConversation.from_dict(_conversation)

        _pricing = d.pop("pricing", None)
        pricing: WebhookPricing | None
        if _pricing is None:
            pricing = None
        else:
            pricing = WebhookPricing.from_dict(_pricing)

        _errors = d.pop("errors", None)
        errors: list[WebhookError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookError.from_dict(errors_item_data)

                errors.append(errors_item)

        webhook_status = cls(
            id=id,
            status=status,
            timestamp=timestamp,
            recipient_id=recipient_id,
            recipient_user_id=recipient_user_id,
            recipient_parent_user_id=recipient_parent_user_id,
            recipient_type=recipient_type,
            recipient_participant_id=recipient_participant_id,
            recipient_participant_user_id=recipient_participant_user_id,
            recipient_participant_parent_user_id=recipient_participant_parent_user_id,
            recipient_identity_key_hash=recipient_identity_key_hash,
            biz_opaque_callback_data=biz_opaque_callback_data,
            conversation=conversation,
            pricing=pricing,
            errors=errors,
        )

        webhook_status.additional_properties = d
        return webhook_status

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
from ..models.webhook_conversation import WebhookConversation  # noqa: E402
from ..models.webhook_error import WebhookError  # noqa: E402
from ..models.webhook_pricing import WebhookPricing  # noqa: E402
