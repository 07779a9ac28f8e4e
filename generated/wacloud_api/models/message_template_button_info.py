from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import graph_bool

T = TypeVar("T", bound="MessageTemplateButtonInfo")


@_attrs_define
class MessageTemplateButtonInfo:
    """A template button as Meta returns it. Permissive (any `type`, all properties optional).

    Example:
        {'type': 'URL', 'text': 'Shop Now', 'url': 'https://www.example.com/shop?promo={{1}}', 'example':
            ['summer2023']}

    """

    type_: str
    """ `QUICK_REPLY`, `URL`, `PHONE_NUMBER`, `COPY_CODE`, `FLOW`, `OTP`, `CATALOG`, `MPM`, `VOICE_CALL`, … (open-
    ended). """
    text: str | None = None
    """ Button label. """
    url: str | None = None
    """ URL of a URL button. """
    phone_number: str | None = None
    """ Phone number of a PHONE_NUMBER button. """
    example: list[str] | str | None = None
    """ Sample URL variable (list) of a URL button, or sample code (string) of a COPY_CODE button. """
    otp_type: str | None = None
    """ `COPY_CODE`, `ONE_TAP` or `ZERO_TAP` (open-ended). """
    autofill_text: str | None = None
    """ Autofill button label. """
    package_name: str | None = None
    """ Android package name (single-app form). """
    signature_hash: str | None = None
    """ App signing key hash (single-app form). """
    zero_tap_terms_accepted: bool | None = None
    """ Whether the zero-tap terms were accepted. """
    supported_apps: list[MessageTemplateOtpSupportedApp] | None = None
    """ Android apps allowed to receive the code. """
    flow_id: str | None = None
    """ Flow id of a FLOW button. """
    flow_action: str | None = None
    """ `navigate` or `data_exchange`. """
    navigate_screen: str | None = None
    """ First screen of a FLOW button. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        text = self.text

        url = self.url

        phone_number = self.phone_number

        example: list[str] | str | None

        if self.example is None:
            example = None
        elif isinstance(self.example, list):
            example = self.example

        else:
            example = self.example

        otp_type = self.otp_type

        autofill_text = self.autofill_text

        package_name = self.package_name

        signature_hash = self.signature_hash

        zero_tap_terms_accepted = self.zero_tap_terms_accepted

        supported_apps: list[dict[str, Any]] | None = None
        if self.supported_apps is not None:
            supported_apps = [supported_apps_item_data.to_dict() for supported_apps_item_data in self.supported_apps]

        flow_id = self.flow_id

        flow_action = self.flow_action

        navigate_screen = self.navigate_screen

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
        }
        if text is not None:
            field_dict["text"] = text
        if url is not None:
            field_dict["url"] = url
        if phone_number is not None:
            field_dict["phone_number"] = phone_number
        if example is not None:
            field_dict["example"] = example
        if otp_type is not None:
            field_dict["otp_type"] = otp_type
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
        if flow_id is not None:
            field_dict["flow_id"] = flow_id
        if flow_action is not None:
            field_dict["flow_action"] = flow_action
        if navigate_screen is not None:
            field_dict["navigate_screen"] = navigate_screen

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        text = d.pop("text", None)

        url = d.pop("url", None)

        phone_number = d.pop("phone_number", None)

        def _parse_example(data: object) -> list[str] | str | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                example_type_0 = cast(list[str], data)

                return example_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | str | None, data)

        example = _parse_example(d.pop("example", None))

        otp_type = d.pop("otp_type", None)

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

        flow_id = d.pop("flow_id", None)

        flow_action = d.pop("flow_action", None)

        navigate_screen = d.pop("navigate_screen", None)

        message_template_button_info = cls(
            type_=type_,
            text=text,
            url=url,
            phone_number=phone_number,
            example=example,
            otp_type=otp_type,
            autofill_text=autofill_text,
            package_name=package_name,
            signature_hash=signature_hash,
            zero_tap_terms_accepted=zero_tap_terms_accepted,
            supported_apps=supported_apps,
            flow_id=flow_id,
            flow_action=flow_action,
            navigate_screen=navigate_screen,
        )

        message_template_button_info.additional_properties = d
        return message_template_button_info

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
