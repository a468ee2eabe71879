from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.billing_data_point import BillingDataPoint


T = TypeVar("T", bound="BillingInsightsListResponse200")


@_attrs_define
class BillingInsightsListResponse200:
    """
    Attributes:
        data_points (list[BillingDataPoint]): Array of billing data points, which are day-over-day changes in billing
            resource usage based on nightly invoice item estimates, for the requested period
        total_items (int): Total number of items available across all pages Example: 250.
        total_pages (int): Total number of pages available Example: 3.
        current_page (int): Current page number Example: 1.
    """

    data_points: list[BillingDataPoint]
    total_items: int
    total_pages: int
    current_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_points = []
        for data_points_item_data in self.data_points:
            data_points_item = data_points_item_data.to_dict()
            data_points.append(data_points_item)

        total_items = self.total_items

        total_pages = self.total_pages

        current_page = self.current_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_points": data_points,
                "total_items": total_items,
                "total_pages": total_pages,
                "current_page": current_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.billing_data_point import BillingDataPoint

        d = dict(src_dict)
        data_points = []
        _data_points = d.pop("data_points")
        for data_points_item_data in _data_points:
            data_points_item = BillingDataPoint.from_dict(data_points_item_data)

            data_points.append(data_points_item)

        total_items = d.pop("total_items")

        total_pages = d.pop("total_pages")

        current_page = d.pop("current_page")

        billing_insights_list_response_200 = cls(
            data_points=data_points,
            total_items=total_items,
            total_pages=total_pages,
            current_page=current_page,
        )

        billing_insights_list_response_200.additional_properties = d
        return billing_insights_list_response_200

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
