from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConversationalAutomation")


@_attrs_define
class ConversationalAutomation:
    """Conversational components of a phone number: the welcome message switch, ice breakers and commands.
    Sent to `update_conversational_automation`; read back in `PhoneNumber.conversational_automation`.

        Example:
            {'enable_welcome_message': True, 'prompts': ['Book a flight', 'Plan a vacation'], 'commands': [{'command_name':
                'tickets', 'command_description': 'Book flight tickets'}]}

    """

    enable_welcome_message: bool | Unset = UNSET
    """ Send a `request_welcome` webhook when a user opens a chat with the business for the first time. """
    prompts: list[str] | Unset = UNSET
    """ Ice breakers, tappable texts shown in a new chat (up to 4, 80 characters each). """
    commands: list[ConversationalAutomationCommand] | Unset = UNSET
    """ Commands the user sees after typing `/` (up to 30). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enable_welcome_message = self.enable_welcome_message

        prompts: list[str] | Unset = UNSET
        if not isinstance(self.prompts, Unset):
            prompts = self.prompts

        commands: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commands, Unset):
            commands = []
            for commands_item_data in self.commands:
                commands_item = commands_item_data.to_dict()
                commands.append(commands_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enable_welcome_message is not UNSET:
            field_dict["enable_welcome_message"] = enable_welcome_message
        if prompts is not UNSET:
            field_dict["prompts"] = prompts
        if commands is not UNSET:
            field_dict["commands"] = commands

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        enable_welcome_message = d.pop("enable_welcome_message", UNSET)

        prompts = cast(list[str], d.pop("prompts", UNSET))

        _commands = d.pop("commands", UNSET)
        commands: list[ConversationalAutomationCommand] | Unset = UNSET
        if _commands is not UNSET:
            commands = []
            for commands_item_data in _commands:
                commands_item = ConversationalAutomationCommand.from_dict(commands_item_data)

                commands.append(commands_item)

        conversational_automation = cls(
            enable_welcome_message=enable_welcome_message,
            prompts=prompts,
            commands=commands,
        )

        conversational_automation.additional_properties = d
        return conversational_automation

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
from ..models.conversational_automation_command import ConversationalAutomationCommand  # noqa: E402
