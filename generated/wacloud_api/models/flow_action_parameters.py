from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_action_parameters_flow_action import (
    FlowActionParametersFlowAction,
    check_flow_action_parameters_flow_action,
)
from ..models.flow_action_parameters_mode import FlowActionParametersMode, check_flow_action_parameters_mode

T = TypeVar("T", bound="FlowActionParameters")


@_attrs_define
class FlowActionParameters:
    """Which Flow to open and how.

    Example:
        {'flow_message_version': '3', 'flow_token': 'AQAAAAACS5FpgQ_cAAAAAD0QI3s.', 'flow_id': '1234567890', 'flow_cta':
            'Book', 'flow_action': 'navigate'}

    """

    flow_message_version: str
    """ Always `3`. """
    flow_cta: str
    """ Button label. """
    flow_token: str | None = None
    """ Token identifying this Flow session; echoed in the response webhook. """
    flow_id: str | None = None
    """ Flow id (give `flow_id` or `flow_name`). """
    flow_name: str | None = None
    """ Flow name (give `flow_id` or `flow_name`). """
    flow_action: FlowActionParametersFlowAction | None = None
    """ `navigate` (default) or `data_exchange`. """
    flow_action_payload: FlowActionPayload | None = None
    """ The first screen and its data, for `flow_action: navigate`. """
    mode: FlowActionParametersMode | None = None
    """ `published` (default) or `draft` for testing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_message_version = self.flow_message_version

        flow_cta = self.flow_cta

        flow_token = self.flow_token

        flow_id = self.flow_id

        flow_name = self.flow_name

        flow_action: str | None = None
        if self.flow_action is not None:
            flow_action = self.flow_action

        flow_action_payload: dict[str, Any] | None = None
        if self.flow_action_payload is not None:
            flow_action_payload = self.flow_action_payload.to_dict()

        mode: str | None = None
        if self.mode is not None:
            mode = self.mode

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "flow_message_version": flow_message_version,
            "flow_cta": flow_cta,
        }
        if flow_token is not None:
            field_dict["flow_token"] = flow_token
        if flow_id is not None:
            field_dict["flow_id"] = flow_id
        if flow_name is not None:
            field_dict["flow_name"] = flow_name
        if flow_action is not None:
            field_dict["flow_action"] = flow_action
        if flow_action_payload is not None:
            field_dict["flow_action_payload"] = flow_action_payload
        if mode is not None:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        flow_message_version = d.pop("flow_message_version")

        flow_cta = d.pop("flow_cta")

        flow_token = d.pop("flow_token", None)

        flow_id = d.pop("flow_id", None)

        flow_name = d.pop("flow_name", None)

        _flow_action = d.pop("flow_action", None)
        flow_action: FlowActionParametersFlowAction | None
        if _flow_action is None:
            flow_action = None
        else:
            flow_action = check_flow_action_parameters_flow_action(_flow_action)

        _flow_action_payload = d.pop("flow_action_payload", None)
        flow_action_payload: FlowActionPayload | None
        if _flow_action_payload is None:
            flow_action_payload = None
        else:
            flow_action_payload = FlowActionPayload.from_dict(_flow_action_payload)

        _mode = d.pop("mode", None)
        mode: FlowActionParametersMode | None
        if _mode is None:
            mode = None
        else:
            mode = check_flow_action_parameters_mode(_mode)

        flow_action_parameters = cls(
            flow_message_version=flow_message_version,
            flow_cta=flow_cta,
            flow_token=flow_token,
            flow_id=flow_id,
            flow_name=flow_name,
            flow_action=flow_action,
            flow_action_payload=flow_action_payload,
            mode=mode,
        )

        flow_action_parameters.additional_properties = d
        return flow_action_parameters

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
from ..models.flow_action_payload import FlowActionPayload  # noqa: E402
