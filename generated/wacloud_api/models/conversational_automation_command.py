from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConversationalAutomationCommand")


@_attrs_define
class ConversationalAutomationCommand:
    """A command shown after `/`.

    Example:
        {'command_name': 'tickets', 'command_description': 'Book flight tickets'}

    """

    command_name: str
    """ The command, without the `/` (up to 32 characters). """
    command_description: str
    """ What the command does (up to 256 characters). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_name = self.command_name

        command_description = self.command_description

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "command_name": command_name,
            "command_description": command_description,
        }

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_name = d.pop("command_name")

        command_description = d.pop("command_description")

        conversational_automation_command = cls(
            command_name=command_name,
            command_description=command_description,
        )

        conversational_automation_command.additional_properties = d
        return conversational_automation_command

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
