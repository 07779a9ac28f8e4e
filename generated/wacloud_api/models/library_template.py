from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LibraryTemplate")


@_attrs_define
class LibraryTemplate:
    """A pre-approved Template Library template.

    Example:
        {'id': '7059410314128381', 'name': 'payment_reminder_1', 'language': 'en_US', 'category': 'UTILITY', 'body': 'Hi
            {{1}}, your payment of {{2}} is due.'}

    """

    id: str | None = None
    """ Library template id. """
    name: str | None = None
    """ Library name, for `library_template_name`. """
    language: str | None = None
    """ Language code. """
    category: str | None = None
    """ `UTILITY` or `AUTHENTICATION` (open-ended). """
    topic: str | None = None
    """ Topic (open-ended). """
    usecase: str | None = None
    """ Use case (open-ended). """
    industry: list[str] | None = None
    """ Industries (open-ended). """
    header: str | None = None
    """ Header text. """
    body: str | None = None
    """ Body text with its variables. """
    body_params: list[str] | None = None
    """ Sample values of the body variables. """
    buttons: list[MessageTemplateButtonInfo] | None = None
    """ The buttons; URL and phone-number buttons take values in `library_template_button_inputs`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        language = self.language

        category = self.category

        topic = self.topic

        usecase = self.usecase

        industry: list[str] | None = None
        if self.industry is not None:
            industry = self.industry

        header = self.header

        body = self.body

        body_params: list[str] | None = None
        if self.body_params is not None:
            body_params = self.body_params

        buttons: list[dict[str, Any]] | None = None
        if self.buttons is not None:
            buttons = [buttons_item_data.to_dict() for buttons_item_data in self.buttons]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if id is not None:
            field_dict["id"] = id
        if name is not None:
            field_dict["name"] = name
        if language is not None:
            field_dict["language"] = language
        if category is not None:
            field_dict["category"] = category
        if topic is not None:
            field_dict["topic"] = topic
        if usecase is not None:
            field_dict["usecase"] = usecase
        if industry is not None:
            field_dict["industry"] = industry
        if header is not None:
            field_dict["header"] = header
        if body is not None:
            field_dict["body"] = body
        if body_params is not None:
            field_dict["body_params"] = body_params
        if buttons is not None:
            field_dict["buttons"] = buttons

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", None)

        name = d.pop("name", None)

        language = d.pop("language", None)

        category = d.pop("category", None)

        topic = d.pop("topic", None)

        usecase = d.pop("usecase", None)

        industry = cast(list[str], d.pop("industry", None))

        header = d.pop("header", None)

        body = d.pop("body", None)

        body_params = cast(list[str], d.pop("body_params", None))

        _buttons = d.pop("buttons", None)
        buttons: list[MessageTemplateButtonInfo] | None = None
        if _buttons is not None:
            buttons = []
            for buttons_item_data in _buttons:
                buttons_item = MessageTemplateButtonInfo.from_dict(buttons_item_data)

                buttons.append(buttons_item)

        library_template = cls(
            id=id,
            name=name,
            language=language,
            category=category,
            topic=topic,
            usecase=usecase,
            industry=industry,
            header=header,
            body=body,
            body_params=body_params,
            buttons=buttons,
        )

        library_template.additional_properties = d
        return library_template

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
from ..models.message_template_button_info import MessageTemplateButtonInfo  # noqa: E402
