from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.message_template_otp_button_otp_type import (
    MessageTemplateOtpButtonOtpType,
    check_message_template_otp_button_otp_type,
)
from ..types import graph_bool

T = TypeVar("T", bound="MessageTemplateOtpButton")


@_attrs_define
class MessageTemplateOtpButton:
    """The one-time-password button of an authentication template: `COPY_CODE`, `ONE_TAP` (autofill in the
    Android app named by `supported_apps`) or `ZERO_TAP` (code delivered to the app without a tap; requires
    `zero_tap_terms_accepted`). `package_name` and `signature_hash` are the older single-app form of
    `supported_apps`.

        Example:
            {'type': 'OTP', 'otp_type': 'COPY_CODE', 'text': 'Copy Code'}

    """

    otp_type: MessageTemplateOtpButtonOtpType
    """ OTP delivery method. """
    type_: Literal["OTP"] = "OTP"
    """ Always `OTP`. """
    text: str | None = None
    """ Copy-code button label (Meta supplies a default). """
    autofill_text: str | None = None
    """ One-tap/zero-tap autofill button label (default "Autofill"). """
    package_name: str | None = None
    """ Android package name of the app (single-app form). """
    signature_hash: str | None = None
    """ App signing key hash (single-app form). """
    zero_tap_terms_accepted: bool | None = None
    """ Zero-tap: you accept the zero-tap terms of service. """
    supported_apps: list[MessageTemplateOtpSupportedApp] | None = None
    """ Android apps that may receive the code (one-tap and zero-tap). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        otp_type: str = self.otp_type

        text = self.text

        autofill_text = self.autofill_text

        package_name = self.package_name

        signature_hash = self.signature_hash

        zero_tap_terms_accepted = self.zero_tap_terms_accepted

        supported_apps: list[dict[str, Any]] | None = None
        if self.supported_apps is not None:
            supported_apps = [supported_apps_item_data.to_dict() for supported_apps_item_data in self.supported_apps]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "otp_type": otp_type,
        }
        if text is not None:
            field_dict["text"] = text
        if autofill_text is not None:
            field_dict["autofill_text"] = autofill_text
        if package_name is not None:
            field_dict["package_name"] = package_name
        if signature_hash is not None:
            field_dict["signature_hash"] = signature_hash
        if zero_tap_terms_accepted is not None:
            field_dict["zero_tap_terms_accepted"] = zero_tap_terms_accepted
        if supported_apps is not None:
            field_dict["supported_apps"] = supported_apps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["OTP"], d.pop("type"))
        if type_ != "OTP":
            raise ValueError(f"type must match const 'OTP', got '{type_}'")

        otp_type = check_message_template_otp_button_otp_type(d.pop("otp_type"))

        text = d.pop("text", None)

        autofill_text = d.pop("autofill_text", None)

        package_name = d.pop("package_name", None)

        signature_hash = d.pop("signature_hash", None)

        zero_tap_terms_accepted = graph_bool(d.pop("zero_tap_terms_accepted", None))

        _supported_apps = d.pop("supported_apps", None)
        supported_apps: list[MessageTemplateOtpSupportedApp] | None = None
        if _supported_apps is not None:
            supported_apps = []
            for supported_apps_item_data in _supported_apps:
                supported_apps_item = MessageTemplateOtpSupportedApp.from_dict(supported_apps_item_data)

                supported_apps.append(supported_apps_item)

        message_template_otp_button = cls(
            type_=type_,
            otp_type=otp_type,
            text=text,
            autofill_text=autofill_text,
            package_name=package_name,
            signature_hash=signature_hash,
            zero_tap_terms_accepted=zero_tap_terms_accepted,
            supported_apps=supported_apps,
        )

        message_template_otp_button.additional_properties = d
        return message_template_otp_button

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
from ..models.message_template_otp_supported_app import MessageTemplateOtpSupportedApp  # noqa: E402
