from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="MessageTemplateUnpauseResponse")


@_attrs_define
class MessageTemplateUnpauseResponse:
    """Whether a template was unpaused.

    Example:
        {'success': False, 'reason': 'The template cannot be unpaused yet.'}

    """

    success: bool
    """ Whether the template was unpaused. """
    reason: str | None = None
    """ Why not, when `success` is false. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        reason = self.reason

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "success": success,
        }
        if reason is not None:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = graph_bool(d.pop("success"))

        reason = d.pop("reason", None)

        message_template_unpause_response = cls(
            success=success,
            reason=reason,
        )

        message_template_unpause_response.additional_properties = d
        return message_template_unpause_response

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
