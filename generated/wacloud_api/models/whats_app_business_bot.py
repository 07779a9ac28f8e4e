from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WhatsAppBusinessBot")


@_attrs_define
class WhatsAppBusinessBot:
    """The conversational automation node of a phone number.

    Example:
        {'id': '1820394756102938', 'prompts': ['Book a flight']}

    """

    id: str
    """ The bot id. """
    prompts: list[str] | None = None
    """ Ice breakers shown in a new chat. """
    commands: list[ConversationalAutomationCommand] | None = None
    """ Commands shown after `/`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        prompts: list[str] | None = None
        if self.prompts is not None:
            prompts = self.prompts

        commands: list[dict[str, Any]] | None = None
        if self.commands is not None:
            commands = [commands_item_data.to_dict() for commands_item_data in self.commands]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "id": id,
        }
        if prompts is not None:
            field_dict["prompts"] = prompts
        if commands is not None:
            field_dict["commands"] = commands

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        prompts = cast(list[str], d.pop("prompts", None))

        _commands = d.pop("commands", None)
        commands: list[ConversationalAutomationCommand] | None = None
        if _commands is not None:
            commands = []
            for commands_item_data in _commands:
                commands_item = ConversationalAutomationCommand.from_dict(commands_item_data)

                commands.append(commands_item)

        whats_app_business_bot = cls(
            id=id,
            prompts=prompts,
            commands=commands,
        )

        whats_app_business_bot.additional_properties = d
        return whats_app_business_bot

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
