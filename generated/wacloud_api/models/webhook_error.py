from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookError")


@_attrs_define
class WebhookError:
    """An error in a webhook: branch on `code`.

    Example:
        {'code': 131051, 'title': 'Message type unknown', 'message': 'Message type unknown', 'error_data': {'details':
            'Message type is currently not supported.'}}

    """

    code: int | None = None
    """ Graph error code. """
    title: str | None = None
    """ Short title. """
    message: str | None = None
    """ Error message. """
    error_data: WebhookErrorData | None = None
    """ Extra error details. """
    href: str | None = None
    """ Link to the error code documentation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        title = self.title

        message = self.message

        error_data: dict[str, Any] | None = None
        if self.error_data is not None:
            error_data = self.error_data.to_dict()

        href = self.href

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if code is not None:
            field_dict["code"] = code
        if title is not None:
            field_dict["title"] = title
        if message is not None:
            field_dict["message"] = message
        if error_data is not None:
            field_dict["error_data"] = error_data
        if href is not None:
            field_dict["href"] = href

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code", None)

        title = d.pop("title", None)

        message = d.pop("message", None)

        _error_data = d.pop("error_data", None)
        error_data: WebhookErrorData | None
        if _error_data is None:
            error_data = None
        else:
            error_data = WebhookErrorData.from_dict(_error_data)

        href = d.pop("href", None)

        webhook_error = cls(
            code=code,
            title=title,
            message=message,
            error_data=error_data,
            href=href,
        )

        webhook_error.additional_properties = d
        return webhook_error

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
from ..models.webhook_error_data import WebhookErrorData  # noqa: E402
