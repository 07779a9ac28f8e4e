from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateComponentExample")


@_attrs_define
class MessageTemplateComponentExample:
    """Sample values stored with a returned header or body component.

    Example:
        {'body_text': [['Mark', 'FALL25']]}

    """

    header_text: list[str] | None = None
    """ Sample value of a positional header variable. """
    header_text_named_params: list[MessageTemplateNamedParamExample] | None = None
    """ Sample value of a named header variable. """
    header_handle: list[str] | None = None
    """ Sample media of a media header (a handle or a URL). """
    body_text: list[list[str]] | None = None
    """ Positional body samples, one inner list per sample set. """
    body_text_named_params: list[MessageTemplateNamedParamExample] | None = None
    """ Named body samples. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        header_text: list[str] | None = None
        if self.header_text is not None:
            header_text = self.header_text

        header_text_named_params: list[dict[str, Any]] | None = None
        if self.header_text_named_params is not None:
            header_text_named_params = [
                header_text_named_params_item_data.to_dict()
                for header_text_named_params_item_data in self.header_text_named_params
            ]

        header_handle: list[str] | None = None
        if self.header_handle is not None:
            header_handle = self.header_handle

        body_text: list[list[str]] | None = None
        if self.body_text is not None:
            body_text = []
            for body_text_item_data in self.body_text:
                body_text_item = body_text_item_data

                body_text.append(body_text_item)

        body_text_named_params: list[dict[str, Any]] | None = None
        if self.body_text_named_params is not None:
            body_text_named_params = [
                body_text_named_params_item_data.to_dict()
                for body_text_named_params_item_data in self.body_text_named_params
            ]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if header_text is not None:
            field_dict["header_text"] = header_text
        if header_text_named_params is not None:
            field_dict["header_text_named_params"] = header_text_named_params
        if header_handle is not None:
            field_dict["header_handle"] = header_handle
        if body_text is not None:
            field_dict["body_text"] = body_text
        if body_text_named_params is not None:
            field_dict["body_text_named_params"] = body_text_named_params

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        header_text = cast(list[str], d.pop("header_text", None))

        _header_text_named_params = d.pop("header_text_named_params", None)
        header_text_named_params: list[MessageTemplateNamedParamExample] | None = None
        if _header_text_named_params is not None:
            header_text_named_params = []
            for header_text_named_params_item_data in _header_text_named_params:
                header_text_named_params_item = MessageTemplateNamedParamExample.from_dict(
                    header_text_named_params_item_data
                )

                header_text_named_params.append(header_text_named_params_item)

        header_handle = cast(list[str], d.pop("header_handle", None))

        _body_text = d.pop("body_text", None)
        body_text: list[list[str]] | None = None
        if _body_text is not None:
            body_text = []
            for body_text_item_data in _body_text:
                body_text_item = cast(list[str], body_text_item_data)

                body_text.append(body_text_item)

        _body_text_named_params = d.pop("body_text_named_params", None)
        body_text_named_params: list[MessageTemplateNamedParamExample] | None = None
        if _body_text_named_params is not None:
            body_text_named_params = []
            for body_text_named_params_item_data in _body_text_named_params:
                body_text_named_params_item = MessageTemplateNamedParamExample.from_dict(
                    body_text_named_params_item_data
                )

                body_text_named_params.append(body_text_named_params_item)

        message_template_component_example = cls(
            header_text=header_text,
            header_text_named_params=header_text_named_params,
            header_handle=header_handle,
            body_text=body_text,
            body_text_named_params=body_text_named_params,
        )

        message_template_component_example.additional_properties = d
        return message_template_component_example

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
from ..models.message_template_named_param_example import MessageTemplateNamedParamExample  # noqa: E402
