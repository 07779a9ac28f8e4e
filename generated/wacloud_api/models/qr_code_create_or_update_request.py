from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.qr_code_create_or_update_request_generate_qr_image import (
    QrCodeCreateOrUpdateRequestGenerateQrImage,
    check_qr_code_create_or_update_request_generate_qr_image,
)

T = TypeVar("T", bound="QrCodeCreateOrUpdateRequest")


@_attrs_define
class QrCodeCreateOrUpdateRequest:
    """A new QR code, or (with `code`) a new message for an existing one.

    Example:
        {'prefilled_message': 'Cyber Monday', 'generate_qr_image': 'SVG'}

    """

    prefilled_message: str
    """ Message pre-filled in the chat (at most 140 characters). """
    generate_qr_image: QrCodeCreateOrUpdateRequestGenerateQrImage | None = None
    """ Also generate an image in this format and return its `qr_image_url`. """
    code: str | None = None
    """ Code of an existing QR code to change; omit to create a new one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prefilled_message = self.prefilled_message

        generate_qr_image: str | None = None
        if self.generate_qr_image is not None:
            generate_qr_image = self.generate_qr_image

        code = self.code

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "prefilled_message": prefilled_message,
        }
        if generate_qr_image is not None:
            field_dict["generate_qr_image"] = generate_qr_image
        if code is not None:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prefilled_message = d.pop("prefilled_message")

        _generate_qr_image = d.pop("generate_qr_image", None)
        generate_qr_image: QrCodeCreateOrUpdateRequestGenerateQrImage | None
        if _generate_qr_image is None:
            generate_qr_image = None
        else:
            generate_qr_image = check_qr_code_create_or_update_request_generate_qr_image(_generate_qr_image)

        code = d.pop("code", None)

        qr_code_create_or_update_request = cls(
            prefilled_message=prefilled_message,
            generate_qr_image=generate_qr_image,
            code=code,
        )

        qr_code_create_or_update_request.additional_properties = d
        return qr_code_create_or_update_request

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
