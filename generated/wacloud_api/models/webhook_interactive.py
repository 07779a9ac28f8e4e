from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookInteractive")


@_attrs_define
class WebhookInteractive:
    """Content of an interactive reply: exactly one of the reply objects is present.

    Example:
        {'type': 'button_reply', 'button_reply': {'id': 'cancel-button', 'title': 'Cancel'}}

    """

    type_: str | None = None
    """ `button_reply`, `list_reply`, `nfm_reply` or `call_permission_reply` (open-ended). """
    button_reply: WebhookButtonReply | None = None
    """ A tapped reply button. """
    list_reply: WebhookListReply | None = None
    """ A chosen list row. """
    nfm_reply: WebhookFlowReply | None = None
    """ A completed WhatsApp Flow. """
    call_permission_reply: WebhookCallPermissionReply | None = None
    """ The user's answer to a `call_permission_request` interactive message (or an automatic grant when the user
    called the business). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        button_reply: dict[str, Any] | None = None
        if self.button_reply is not None:
            button_reply = self.button_reply.to_dict()

        list_reply: dict[str, Any] | None = None
        if self.list_reply is not None:
            list_reply = self.list_reply.to_dict()

        nfm_reply: dict[str, Any] | None = None
        if self.nfm_reply is not None:
            nfm_reply = self.nfm_reply.to_dict()

        call_permission_reply: dict[str, Any] | None = None
        if self.call_permission_reply is not None:
            call_permission_reply = self.call_permission_reply.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if type_ is not None:
            field_dict["type"] = type_
        if button_reply is not None:
            field_dict["button_reply"] = button_reply
        if list_reply is not None:
            field_dict["list_reply"] = list_reply
        if nfm_reply is not None:
            field_dict["nfm_reply"] = nfm_reply
        if call_permission_reply is not None:
            field_dict["call_permission_reply"] = call_permission_reply

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", None)

        _button_reply = d.pop("button_reply", None)
        button_reply: WebhookButtonReply | None
        if _button_reply is None:
            button_reply = None
        else:
            button_reply = WebhookButtonReply.from_dict(_button_reply)

        _list_reply = d.pop("list_reply", None)
        list_reply: WebhookListReply | None
        if _list_reply is None:
            list_reply = None
        else:
            list_reply = WebhookListReply.from_dict(_list_reply)

        _nfm_reply = d.pop("nfm_reply", None)
        nfm_reply: WebhookFlowReply | None
        if _nfm_reply is None:
            nfm_reply = None
        else:
            nfm_reply = WebhookFlowReply.from_dict(_nfm_reply)

        _call_permission_reply = d.pop("call_permission_reply", None)
        call_permission_reply: WebhookCallPermissionReply | None
        if _call_permission_reply is None:
            call_permission_reply = None
        else:
            call_permission_reply = WebhookCallPermissionReply.from_dict(_call_permission_reply)

        webhook_interactive = cls(
            type_=type_,
            button_reply=button_reply,
            list_reply=list_reply,
            nfm_reply=nfm_reply,
            call_permission_reply=call_permission_reply,
        )

        webhook_interactive.additional_properties = d
        return webhook_interactive

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
from ..models.webhook_button_reply import WebhookButtonReply  # noqa: E402
from ..models.webhook_call_permission_reply import WebhookCallPermissionReply  # noqa: E402
from ..models.webhook_flow_reply import WebhookFlowReply  # noqa: E402
from ..models.webhook_list_reply import WebhookListReply  # noqa: E402
