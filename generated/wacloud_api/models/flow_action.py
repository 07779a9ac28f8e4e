from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FlowAction")


@_attrs_define
class FlowAction:
    """The Flow to open.

    Example:
        {'name': 'flow', 'parameters': {'flow_message_version': '3', 'flow_id': '1234567890', 'flow_cta': 'Book'}}

    """

    parameters: FlowActionParameters
    """ Which Flow to open and how. """
    name: Literal["flow"] = "flow"
    """ Always `flow`. """
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
        name = cast(Literal["flow"], d.pop("name"))
        if name != "flow":
            raise ValueError(f"name must match const 'flow', got '{name}'")

        parameters = FlowActionParameters.from_dict(d.pop("parameters"))

        flow_action = cls(
            name=name,
            parameters=parameters,
        )

        flow_action.additional_properties = d
        return flow_action

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
from ..models.flow_action_parameters import FlowActionParameters  # noqa: E402
