from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateGroupAnalyticsDataPoint")


@_attrs_define
class TemplateGroupAnalyticsDataPoint:
    """One template group's metrics for one day. Metric properties appear only when requested and available.

    Example:
        {'template_group_id': '1044106240855852', 'start': 1739491200, 'end': 1739577600, 'sent': 1460, 'delivered':
            1460, 'read': 1399}

    """

    template_group_id: str
    """ Template group id. """
    start: int
    """ Day start, unix seconds. """
    end: int
    """ Day end, unix seconds. """
    sent: int | None = None
    """ Messages sent with the group's templates. """
    delivered: int | None = None
    """ Messages delivered. """
    read: int | None = None
    """ Messages read. """
    clicked: list[TemplateAnalyticsClick] | None = None
    """ URL button clicks: `url_button` (all clicks) and `unique_url_button` (distinct clickers). """
    cost: list[TemplateAnalyticsCost] | None = None
    """ Cost metrics, in the WABA's currency. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_group_id = self.template_group_id

        start = self.start

        end = self.end

        sent = self.sent

        delivered = self.delivered

        read = self.read

        clicked: list[dict[str, Any]] | None = None
        if self.clicked is not None:
            clicked = [clicked_item_data.to_dict() for clicked_item_data in self.clicked]

        cost: list[dict[str, Any]] | None = None
        if self.cost is not None:
            cost = [cost_item_data.to_dict() for cost_item_data in self.cost]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
            "template_group_id": template_group_id,
            "start": start,
            "end": end,
        }
        if sent is not None:
            field_dict["sent"] = sent
        if delivered is not None:
            field_dict["delivered"] = delivered
        if read is not None:
            field_dict["read"] = read
        if clicked is not None:
            field_dict["clicked"] = clicked
        if cost is not None:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        template_group_id = d.pop("template_group_id")

        start = d.pop("start")

        end = d.pop("end")

        sent = d.pop("sent", None)

        delivered = d.pop("delivered", None)

        read = d.pop("read", None)

        _clicked = d.pop("clicked", None)
        clicked: list[TemplateAnalyticsClick] | None = None
        if _clicked is not None:
            clicked = []
            for clicked_item_data in _clicked:
                clicked_item = TemplateAnalyticsClick.from_dict(clicked_item_data)

                clicked.append(clicked_item)

        _cost = d.pop("cost", None)
        cost: list[TemplateAnalyticsCost] | None = None
        if _cost is not None:
            cost = []
            for cost_item_data in _cost:
                cost_item = TemplateAnalyticsCost.from_dict(cost_item_data)

                cost.append(cost_item)

        template_group_analytics_data_point = cls(
            template_group_id=template_group_id,
            start=start,
            end=end,
            sent=sent,
            delivered=delivered,
            read=read,
            clicked=clicked,
            cost=cost,
        )

        template_group_analytics_data_point.additional_properties = d
        return template_group_analytics_data_point

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
from ..models.template_analytics_click import TemplateAnalyticsClick  # noqa: E402
from ..models.template_analytics_cost import TemplateAnalyticsCost  # noqa: E402
