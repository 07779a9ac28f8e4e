from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MessageTemplateComparisonMetric")


@_attrs_define
class MessageTemplateComparisonMetric:
    """One compared metric: `BLOCK_RATE` (ids ordered best first), `MESSAGE_SENDS` or `TOP_BLOCK_REASON`.

    Example:
        {'metric': 'MESSAGE_SENDS', 'type': 'NUMBER_VALUES', 'number_values': [{'key': '1924084211297547', 'value':
            112606}]}

    """

    metric: str | None = None
    """ `BLOCK_RATE`, `MESSAGE_SENDS` or `TOP_BLOCK_REASON` (open-ended). """
    type_: str | None = None
    """ `RELATIVE`, `NUMBER_VALUES` or `STRING_VALUES` (open-ended). """
    order_by_relative_metric: list[str] | None = None
    """ For `RELATIVE`: template ids, lowest block rate first. """
    number_values: list[MessageTemplateComparisonNumber] | None = None
    """ For `NUMBER_VALUES`: one value per template id. """
    string_values: list[MessageTemplateComparisonString] | None = None
    """ For `STRING_VALUES`: one value per template id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric

        type_ = self.type_

        order_by_relative_metric: list[str] | None = None
        if self.order_by_relative_metric is not None:
            order_by_relative_metric = self.order_by_relative_metric

        number_values: list[dict[str, Any]] | None = None
        if self.number_values is not None:
            number_values = [number_values_item_data.to_dict() for number_values_item_data in self.number_values]

        string_values: list[dict[str, Any]] | None = None
        if self.string_values is not None:
            string_values = [string_values_item_data.to_dict() for string_values_item_data in self.string_values]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if metric is not None:
            field_dict["metric"] = metric
        if type_ is not None:
            field_dict["type"] = type_
        if order_by_relative_metric is not None:
            field_dict["order_by_relative_metric"] = order_by_relative_metric
        if number_values is not None:
            field_dict["number_values"] = number_values
        if string_values is not None:
            field_dict["string_values"] = string_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metric = d.pop("metric", None)

        type_ = d.pop("type", None)

        order_by_relative_metric = cast(list[str], d.pop("order_by_relative_metric", None))

        _number_values = d.pop("number_values", None)
        number_values: list[MessageTemplateComparisonNumber] | None = None
        if _number_values is not None:
            number_values = []
            for number_values_item_data in _number_values:
                number_values_item = MessageTemplateComparisonNumber.from_dict(number_values_item_data)

                number_values.append(number_values_item)

        _string_values = d.pop("string_values", None)
        string_values: list[MessageTemplateComparisonString] | None = None
        if _string_values is not None:
            string_values = []
            for string_values_item_data in _string_values:
                string_values_item = MessageTemplateComparisonString.from_dict(string_values_item_data)

                string_values.append(string_values_item)

        message_template_comparison_metric = cls(
            metric=metric,
            type_=type_,
            order_by_relative_metric=order_by_relative_metric,
            number_values=number_values,
            string_values=string_values,
        )

        message_template_comparison_metric.additional_properties = d
        return message_template_comparison_metric

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
from ..models.message_template_comparison_number import MessageTemplateComparisonNumber  # noqa: E402
from ..models.message_template_comparison_string import MessageTemplateComparisonString  # noqa: E402
