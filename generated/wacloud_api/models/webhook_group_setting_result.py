from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="WebhookGroupSettingResult")


@_attrs_define
class WebhookGroupSettingResult:
    """The outcome of one setting of a group settings update.

    Example:
        {'text': 'Watch Enthusiasts', 'update_successful': True}

    """

    text: str | None = None
    """ The new subject or description. """
    mime_type: str | None = None
    """ The picture's MIME type. """
    sha256: str | None = None
    """ The picture's SHA-256. """
    update_successful: bool | None = None
    """ Whether this setting was applied. """
    errors: list[WebhookError] | None = None
    """ Why it was not applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        mime_type = self.mime_type

        sha256 = self.sha256

        update_successful = self.update_successful

        errors: list[dict[str, Any]] | None = None
        if self.errors is not None:
            errors = [errors_item_data.to_dict() for errors_item_data in self.errors]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if text is not None:
            field_dict["text"] = text
        if mime_type is not None:
            field_dict["mime_type"] = mime_type
        if sha256 is not None:
            field_dict["sha256"] = sha256
        if update_successful is not None:
            field_dict["update_successful"] = update_successful
        if errors is not None:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        text = d.pop("text", None)

        mime_type = d.pop("mime_type", None)

        sha256 = d.pop("sha256", None)

        update_successful = graph_bool(d.pop("update_successful", None))

        _errors = d.pop("errors", None)
        errors: list[WebhookError] | None = None
        if _errors is not None:
            errors = []
            for errors_item_data in _errors:
                errors_item = WebhookError.from_dict(errors_item_data)

                errors.append(errors_item)

        webhook_group_setting_result = cls(
            text=text,
            mime_type=mime_type,
            sha256=sha256,
            update_successful=update_successful,
            errors=errors,
        )

        webhook_group_setting_result.additional_properties = d
        return webhook_group_setting_result

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
