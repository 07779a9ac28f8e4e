from typing import Literal

QrCodeCreateOrUpdateRequestGenerateQrImage = Literal["PNG", "SVG"]

QR_CODE_CREATE_OR_UPDATE_REQUEST_GENERATE_QR_IMAGE_VALUES: set[QrCodeCreateOrUpdateRequestGenerateQrImage] = {
    "PNG",
    "SVG",
}


def check_qr_code_create_or_update_request_generate_qr_image(value: str) -> QrCodeCreateOrUpdateRequestGenerateQrImage:
    if value in QR_CODE_CREATE_OR_UPDATE_REQUEST_GENERATE_QR_IMAGE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {QR_CODE_CREATE_OR_UPDATE_REQUEST_GENERATE_QR_IMAGE_VALUES!r}"
    )
