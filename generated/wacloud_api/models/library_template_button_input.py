from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.library_template_button_input_otp_type import (
    LibraryTemplateButtonInputOtpType,
    check_library_template_button_input_otp_type,
)
from ..models.library_template_button_input_type import (
    LibraryTemplateButtonInputType,
    check_library_template_button_input_type,
)
from ..types import graph_bool

T = TypeVar("T", bound="LibraryTemplateButtonInput")


@_attrs_define
class LibraryTemplateButtonInput:
    """The value of one library template button.

    Example:
        {'type': 'URL', 'url': {'base_url': 'https://www.example.com/{{1}}', 'url_suffix_example':
            'https://www.example.com/order/12345'}}

    """

    type_: LibraryTemplateButtonInputType
    """ The button kind. """
    url: LibraryTemplateUrlInput | None = None
    """ The URL of a library URL button. """
    phone_number: str | None = None
    """ Phone number with country code, for `PHONE_NUMBER`. """
    otp_type: LibraryTemplateButtonInputOtpType | None = None
    """ For `OTP`. """
    zero_tap_terms_accepted: bool | None = None
    """ Zero-tap: you accept the terms. """
    supported_apps: list[MessageTemplateOtpSupportedApp] | None = None
    """ Android apps for one-tap and zero-tap. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        url: dict[str, Any] | None = None
        if self.url is not None:
            url = self.url.to_dict()

        phone_number = self.phone_number

        otp_type: str | None = None
        if self.otp_type is not None:
            otp_type = self.otp_type

        zero_tap_terms_accepted = self.zero_tap_terms_accepted

        supported_apps: list[dict[str, Any]] | None = None
        if self.supported_apps is not None:
            supported_apps = [supported_apps_item_data.to_dict() for supported_apps_item_data in self.supported_apps]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
        }
        if url is not None:
            field_dict["url"] = url
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if otp_type is not None:
            field_dict["otp_type"] = otp_type
        if zero_tap_terms_accepted is not None:
            field_dict["zero_tap_terms_accepted"] = zero_tap_terms_accepted
        if supported_apps is not None:
            field_dict["supported_apps"] = supported_apps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_library_template_button_input_type(d.pop("type"))

        _url = d.pop("url", None)
        url: LibraryTemplateUrlInput | None
        if _url is None:
            url = None
        else:
            url = LibraryTemplateUrlInput.from_dict(_url)

        phone_number = d.pop("phone_number", None)

        _otp_type = d.pop("otp_type", None)
        otp_type: LibraryTemplateButtonInputOtpType | None
        if _otp_type is None:
            otp_type = None
        else:
            otp_type = check_library_template_button_input_otp_type(_otp_type)

        zero_tap_terms_accepted = graph_bool(d.pop("zero_tap_terms_accepted", None))

        _supported_apps = d.pop("supported_apps", None)
        supported_apps: list[MessageTemplateOtpSupportedApp] | None = None
        if _supported_apps is not None:
            supported_apps = []
            for supported_apps_item_data in _supported_apps:
                supported_apps_item = MessageTemplateOtpSupportedApp.from_dict(supported_apps_item_data)

                supported_apps.append(supported_apps_item)

        library_template_button_input = cls(
            type_=type_,
            url=url,
            phone_number=phone_number,
            otp_type=otp_type,
            zero_tap_terms_accepted=zero_tap_terms_accepted,
            supported_apps=supported_apps,
        )

        library_template_button_input.additional_properties = d
        return library_template_button_input

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
from ..models.library_template_url_input import LibraryTemplateUrlInput  # noqa: E402
from ..models.message_template_otp_supported_app import MessageTemplateOtpSupportedApp  # noqa: E402
