"""``client.business_profile``: the generated namespace plus ``set_picture`` (a resumable upload, then update)."""

from __future__ import annotations

from wacloud_api.api.business_profile import BusinessProfile as _GeneratedBusinessProfile
from wacloud_api.models import BusinessProfileUpdate, SuccessResponse
from wacloud_api.types import RequestOptions

from ._errors import InvalidArgumentError
from ._uploads import Uploads, UploadSource

__all__ = ["BusinessProfile"]


def picture_arguments(picture: UploadSource | None, handle: str | None) -> None:
    if (picture is None) == (handle is None):
        raise InvalidArgumentError("set_picture needs exactly one of picture= (a path, bytes or file) or handle=.")


class BusinessProfile(_GeneratedBusinessProfile):
    """``client.business_profile``: read and update the profile; ``set_picture`` uploads the picture for you."""

    def set_picture(
        self,
        picture: UploadSource | None = None,
        *,
        handle: str | None = None,
        app_id: str | None = None,
        phone_number_id: str | None = None,
        request_options: RequestOptions | None = None,
    ) -> SuccessResponse:
        """Set the profile picture from a JPEG/PNG (uploaded with the resumable upload API) or an upload ``handle``.

        Example: ``client.business_profile.set_picture("logo.png")``
        """
        picture_arguments(picture, handle)
        if picture is not None:
            handle = Uploads(self._runtime).upload_file(picture, app_id=app_id, request_options=request_options)
        assert handle is not None
        body = BusinessProfileUpdate(profile_picture_handle=handle)
        return self.update(body=body, phone_number_id=phone_number_id, request_options=request_options)
