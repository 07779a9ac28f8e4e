from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CtaUrlAction")


@_attrs_define
class CtaUrlAction:
    """The URL button.

    Example:
        {'name': 'cta_url', 'parameters': {'display_text': 'Track', 'url': 'https://example.com/t/1'}}

    """

    parameters: CtaUrlParameters
    """ The button label and URL. """
    name: Literal["cta_url"] = "cta_url"
    """ Always `cta_url`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parameters = self.parameters.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "name": name,
            "parameters": parameters,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(Literal["cta_url"], d.pop("name"))
        if name != "cta_url":
            raise ValueError(f"name must match const 'cta_url', got '{name}'")

        parameters = CtaUrlParameters.from_dict(d.pop("parameters"))

        cta_url_action = cls(
            name=name,
            parameters=parameters,
        )

        cta_url_action.additional_properties = d
        return cta_url_action

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
from ..models.cta_url_parameters import CtaUrlParameters  # noqa: E402
