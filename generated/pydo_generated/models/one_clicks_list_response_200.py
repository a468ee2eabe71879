from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.one_clicks import OneClicks


T = TypeVar("T", bound="OneClicksListResponse200")


@_attrs_define
class OneClicksListResponse200:
    """
    Attributes:
        field_1_clicks (list[OneClicks] | Unset):
    """

    field_1_clicks: list[OneClicks] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_1_clicks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.field_1_clicks, Unset):
            field_1_clicks = []
            for field_1_clicks_item_data in self.field_1_clicks:
                field_1_clicks_item = field_1_clicks_item_data.to_dict()
                field_1_clicks.append(field_1_clicks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if field_1_clicks is not UNSET:
            field_dict["1_clicks"] = field_1_clicks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.one_clicks import OneClicks

        d = dict(src_dict)
        _field_1_clicks = d.pop("1_clicks", UNSET)
        field_1_clicks: list[OneClicks] | Unset = UNSET
        if _field_1_clicks is not UNSET:
            field_1_clicks = []
            for field_1_clicks_item_data in _field_1_clicks:
                field_1_clicks_item = OneClicks.from_dict(field_1_clicks_item_data)

                field_1_clicks.append(field_1_clicks_item)

        one_clicks_list_response_200 = cls(
            field_1_clicks=field_1_clicks,
        )

        one_clicks_list_response_200.additional_properties = d
        return one_clicks_list_response_200

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
