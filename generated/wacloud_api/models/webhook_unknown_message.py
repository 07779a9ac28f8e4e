from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookUnknownMessage")


@_attrs_define
class WebhookUnknownMessage:
    """Any other incoming message: `unsupported`/`unknown` messages (see `errors`) and types Meta adds later (or no longer
    sends: `request_welcome` ended with the welcome message on 2026-03-27); the content stays in the additional
    properties under the type's name.

        Example:
            {'from': '16505551234', 'id': 'wamid.unsupported1', 'timestamp': '1750090702', 'type': 'unsupported', 'errors':
                [{'code': 131051, 'title': 'Message type unknown', 'message': 'Message type unknown', 'error_data': {'details':
                'Message type is currently not supported.'}}]}

    """

    id: str
    """ The message id (`wamid.…`). """
    timestamp: str
    """ Unix time (seconds, as a string) when the user sent the message. """
    type_: str
    """ The message type (open-ended). """
    from_: str | None = None
    """ The sender's phone number (WhatsApp id); None when Meta cannot share it, read `user_id` then. """
    from_user_id: str | None = None
    """ The sender's business-scoped user id (BSUID, `US.13491208655302741918`). """
    from_parent_user_id: str | None = None
    """ The sender's parent BSUID (`US.ENT.…`), only if parent BSUIDs are enabled. """
    group_id: str | None = None
    """ The group the message was written in (group messages only); reply into it, not to the sender. """
    context: WebhookMessageContext | None = None
    """ What an incoming message replies to. """
    referral: WebhookReferral | None = None
    """ The click-to-WhatsApp ad or post a user came from. """
    errors: list[WebhookError] | None = None
    """ Why the message could not be read (unsupported messages). """
    unsupported: WebhookUnsupported | None = None
    """ The kind of message behind an `unsupported` message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        timestamp = self.timestamp

        type_ = self.type_

        from_ = self.from_

        from_user_id = self.from_user_id

        from_parent_user_id = self.from_parent_user_id

        group_id = self.group_id

        context: dict[str, Any] | None = None
        if self.context is not None:
            context = self.context.to_dict()

        referral: dict[str, Any] | None = None
        if self.referral is not None:
            referral = self.referral.to_dict()

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        unsupported: dict[str, Any] | None = None
        if self.unsupported is not None:
            unsupported = self.unsupported.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
            "timestamp": timestamp,
            "type": type_,
        }
        if from_ is not None:
            field_dict["from"] = from_
        if from_user_id is not None:
            field_dict["from_user_id"] = from_user_id
        if from_parent_user_id is not None:
            field_dict["from_parent_user_id"] = from_parent_user_id
        if group_id is not None:
            field_dict["group_id"] = group_id
        if context is not None:
            field_dict["context"] = context
        if referral is not None:
            field_dict["referral"] = referral
        if errors is not None:
            field_dict["errors"] = errors
        if unsupported is not None:
            field_dict["unsupported"] = unsupported

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        timestamp = d.pop("timestamp")

        type_ = d.pop("type")

        from_ = d.pop("from", None)

        from_user_id = d.pop("from_user_id", None)

        from_parent_user_id = d.pop("from_parent_user_id", None)

        group_id = d.pop("group_id", None)

        _context = d.pop("context", None)
        context: WebhookMessageContext | None
        if _context is None:
            context = None
        else:
            context = WebhookMessageContext.from_dict(_context)

        _referral = d.pop("referral", None)
        referral: WebhookReferral | None
        if _referral is None:
            referral = None
        else:
            referral = WebhookReferral.from_dict(_referral)

        _errors = d.pop("errors", None)
        errors: list[WebhookError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookError.from_dict(errors_item_data)

                errors.append(errors_item)

        _unsupported = d.pop("unsupported", None)
        unsupported: WebhookUnsupported | None
        if _unsupported is None:
            unsupported = None
        else:
            unsupported = WebhookUnsupported.from_dict(_unsupported)

        webhook_unknown_message = cls(
            id=id,
            timestamp=timestamp,
            type_=type_,
            from_=from_,
            from_user_id=from_user_id,
            from_parent_user_id=from_parent_user_id,
            group_id=group_id,
            context=context,
            referral=referral,
            errors=errors,
            unsupported=unsupported,
        )

        webhook_unknown_message.additional_properties = d
        return webhook_unknown_message

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
from ..models.webhook_error import WebhookError  # noqa: E402
from ..models.webhook_message_context import WebhookMessageContext  # noqa: E402
from ..models.webhook_referral import WebhookReferral  # noqa: E402
from ..models.webhook_unsupported import WebhookUnsupported  # noqa: E402
