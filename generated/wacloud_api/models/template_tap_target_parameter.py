from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateTapTargetParameter")


@_attrs_define
class TemplateTapTargetParameter:
    """Tap-target title override: image, text and header-less templates act as a call-to-action that opens the
    destination of the template's first URL button, shown with this title. Needs a fully verified WABA of
    consistently high quality.

        Example:
            {'type': 'tap_target_configuration', 'tap_target_configuration': [{'url': 'https://example.com/sale', 'title':
                'Summer sale'}]}

    """

    tap_target_configuration: list[TapTargetConfiguration]
    """ The title and URL (one item). """
    type_: Literal["tap_target_configuration"] = "tap_target_configuration"
    """ Always `tap_target_configuration`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        tap_target_configuration = [
            tap_target_configuration_item_data.to_dict()
            for tap_target_configuration_item_data in self.tap_target_configuration
        ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "tap_target_configuration": tap_target_configuration,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["tap_target_configuration"], d.pop("type"))
        if type_ != "tap_target_configuration":
            raise ValueError(f"type must match const 'tap_target_configuration', got '{type_}'")

        tap_target_configuration = []
        _tap_target_configuration = d.pop("tap_target_configuration")
        for tap_target_configuration_item_data in _tap_target_configuration:
            tap_target_configuration_item = TapTargetConfiguration.from_dict(tap_target_configuration_item_data)

            tap_target_configuration.append(tap_target_configuration_item)

        template_tap_target_parameter = cls(
            type_=type_,
            tap_target_configuration=tap_target_configuration,
        )

        template_tap_target_parameter.additional_properties = d
        return template_tap_target_parameter

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
from ..models.tap_target_configuration import TapTargetConfiguration  # noqa: E402
