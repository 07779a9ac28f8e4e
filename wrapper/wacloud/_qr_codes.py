"""``client.qr_codes``: the generated namespace plus ``create`` and ``update`` (one Graph call serves both)."""

from __future__ import annotations

from typing import Literal

from wacloud_api.api.qr_codes import QrCodes as _GeneratedQrCodes
from wacloud_api.models import QrCode, QrCodeCreateOrUpdateRequest
from wacloud_api.types import RequestOptions

from ._errors import InvalidArgumentError

__all__ = ["QrCodes"]

ImageFormat = Literal["SVG", "PNG"]


def qr_request(
    prefilled_message: str, image_format: ImageFormat | None, code: str | None
) -> QrCodeCreateOrUpdateRequest:
    """The body of ``POST /{phone_number_id}/message_qrdls``; ``code`` turns a create into an update."""
    if not prefilled_message or not prefilled_message.strip():
        raise InvalidArgumentError("prefilled_message must be a non-empty string.")
    if code is not None and not code.strip():
        raise InvalidArgumentError("code must be the QR code's non-empty code.")
    return QrCodeCreateOrUpdateRequest(
        prefilled_message=prefilled_message,
        generate_qr_image=image_format,
        code=code,
    )


class QrCodes(_GeneratedQrCodes):
    """``client.qr_codes``: list, create, get, update and delete QR codes."""

    def create(
        self,
        prefilled_message: str,
        *,
        image_format: ImageFormat | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> QrCode:
        """Create a QR code (and an image URL when ``image_format`` is given). Example: ``client.qr_codes.create("Hi!", image_format="PNG")``"""
        body = qr_request(prefilled_message, image_format, None)
        return self.create_or_update(body=body, phone_number_id=phone_number_id, request_options=request_options)

    def update(
        self,
        code: str,
        prefilled_message: str,
        *,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> QrCode:
        """Change a QR code's prefilled message. Example: ``client.qr_codes.update("4O4YGZEG3RIVE1", "Hello again")``"""
        body = qr_request(prefilled_message, None, code)
        return self.create_or_update(body=body, phone_number_id=phone_number_id, request_options=request_options)
