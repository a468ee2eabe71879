from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metrics_data_result_type import MetricsDataResultType

if TYPE_CHECKING:
    from ..models.metrics_result import MetricsResult


T = TypeVar("T", bound="MetricsData")


@_attrs_define
class MetricsData:
    """
    Attributes:
        result (list[MetricsResult]): Result of query.
        result_type (MetricsDataResultType):  Example: matrix.
    """

    result: list[MetricsResult]
    result_type: MetricsDataResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result = []
        for result_item_data in self.result:
            result_item = result_item_data.to_dict()
            result.append(result_item)

        result_type = self.result_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "result": result,
                "resultType": result_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metrics_result import MetricsResult

        d = dict(src_dict)
        result = []
        _result = d.pop("result")
        for result_item_data in _result:
            result_item = MetricsResult.from_dict(result_item_data)

            result.append(result_item)

        result_type = MetricsDataResultType(d.pop("resultType"))

        metrics_data = cls(
            result=result,
            result_type=result_type,
        )

        metrics_data.additional_properties = d
        return metrics_data

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
