from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateActionParameter")


@_attrs_define
class TemplateActionParameter:
    """The action of a Flow, catalog or multi-product button.

    Example:
        {'type': 'action', 'action': {'flow_token': 'unused', 'flow_action_data': {'screen': 'WELCOME'}}}

    """

    action: TemplateButtonAction
    """ Values for a button's action. """
    type_: Literal["action"] = "action"
    """ Always `action`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        action = self.action.to_dict()

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "action": action,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["action"], d.pop("type"))
        if type_ != "action":
            raise ValueError(f"type must match const 'action', got '{type_}'")

        action = TemplateButtonAction.from_dict(d.pop("action"))

        template_action_parameter = cls(
            type_=type_,
            action=action,
        )

        template_action_parameter.additional_properties = d
        return template_action_parameter

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
from ..models.template_button_action import TemplateButtonAction  # noqa: E402
