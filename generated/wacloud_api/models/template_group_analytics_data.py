from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TemplateGroupAnalyticsData")


@_attrs_define
class TemplateGroupAnalyticsData:
    """A group of template group analytics data points.

    Example:
        {'granularity': 'DAILY', 'data_points': [{'template_group_id': '1044106240855852', 'start': 1739491200, 'end':
            1739577600, 'sent': 1460}]}

    """

    granularity: str | None = None
    """ Always `DAILY` today. """
    product_type: str | None = None
    """ Product reported on, e.g. `cloud_api` (open-ended). """
    waba_timezone: str | None = None
    """ The WABA's time zone, when `use_waba_timezone` was true. """
    data_points: list[TemplateGroupAnalyticsDataPoint] | None = None
    """ One data point per template group and day. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        granularity = self.granularity

        product_type = self.product_type

        waba_timezone = self.waba_timezone

        data_points: list[dict[str, Any]] | None = None
        if self.data_points is not None:
            data_points = [data_points_item_data.to_dict() for data_points_item_data in self.data_points]

        field_dict: dict[str, Any] = {
            **self.additional_properties,
        }
        if granularity is not None:
            field_dict["granularity"] = granularity
        if product_type is not None:
            field_dict["product_type"] = product_type
        if waba_timezone is not None:
            field_dict["waba_timezone"] = waba_timezone
        if data_points is not None:
            field_dict["data_points"] = data_points

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        granularity = d.pop("granularity", None)

        product_type = d.pop("product_type", None)

        waba_timezone = d.pop("waba_timezone", None)

        _data_points = d.pop("data_points", None)
        data_points: list[TemplateGroupAnalyticsDataPoint] | None = None
        if _data_points is not None:
            data_points = []
            for data_points_item_data in _data_points:
                data_points_item = TemplateGroupAnalyticsDataPoint.from_dict(data_points_item_data)

                data_points.append(data_points_item)

        template_group_analytics_data = cls(
            granularity=granularity,
            product_type=product_type,
            waba_timezone=waba_timezone,
            data_points=data_points,
        )

        template_group_analytics_data.additional_properties = d
        return template_group_analytics_data

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
from ..models.template_group_analytics_data_point import TemplateGroupAnalyticsDataPoint  # noqa: E402
