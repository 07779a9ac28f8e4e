from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateDateTimeParameter")


@_attrs_define
class TemplateDateTimeParameter:
    """A date and time value.

    Example:
        {'type': 'date_time', 'date_time': {'fallback_value': 'February 25, 1977'}}

    """

    date_time: TemplateDateTime
    """ A date and time, shown as `fallback_value`. """
    type_: Literal["date_time"] = "date_time"
    """ Always `date_time`. """
    parameter_name: str | None = None
    """ The placeholder name, for templates with named parameters. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        date_time = self.date_time.to_dict()

        parameter_name = self.parameter_name

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "type": type_,
            "date_time": date_time,
        }
        if parameter_name is not None:
            field_dict["parameter_name"] = parameter_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["date_time"], d.pop("type"))
        if type_ != "date_time":
            raise ValueError(f"type must match const 'date_time', got '{type_}'")

        date_time = TemplateDateTime.from_dict(d.pop("date_time"))

        parameter_name = d.pop("parameter_name", None)

        template_date_time_parameter = cls(
            type_=type_,
            date_time=date_time,
            parameter_name=parameter_name,
        )

        template_date_time_parameter.additional_properties = d
        return template_date_time_parameter

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
from ..models.template_date_time import TemplateDateTime  # noqa: E402
