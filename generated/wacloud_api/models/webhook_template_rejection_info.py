from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookTemplateRejectionInfo")


@_attrs_define
class WebhookTemplateRejectionInfo:
    """Why a template was rejected, and what to change.

    Example:
        {'reason': 'Your template has parameters placed next to each other without text between them.',
            'recommendation': 'Separate parameters with descriptive text.'}

    """

    reason: str | None = None
    """ The rejection, in words. """
    recommendation: str | None = None
    """ What to change before submitting again. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        recommendation = self.recommendation

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if reason is not None:
            field_dict["reason"] = reason
        if recommendation is not None:
            field_dict["recommendation"] = recommendation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = d.pop("reason", None)

        recommendation = d.pop("recommendation", None)

        webhook_template_rejection_info = cls(
            reason=reason,
            recommendation=recommendation,
        )

        webhook_template_rejection_info.additional_properties = d
        return webhook_template_rejection_info

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
