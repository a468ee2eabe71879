from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.database import Database


T = TypeVar("T", bound="DatabasesListResponse200")


@_attrs_define
class DatabasesListResponse200:
    """
    Attributes:
        dbs (list[Database] | Unset):
    """

    dbs: list[Database] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dbs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.dbs, Unset):
            dbs = []
            for dbs_item_data in self.dbs:
                dbs_item = dbs_item_data.to_dict()
                dbs.append(dbs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dbs is not UNSET:
            field_dict["dbs"] = dbs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.database import Database

        d = dict(src_dict)
        _dbs = d.pop("dbs", UNSET)
        dbs: list[Database] | Unset = UNSET
        if _dbs is not UNSET:
            dbs = []
            for dbs_item_data in _dbs:
                dbs_item = Database.from_dict(dbs_item_data)

                dbs.append(dbs_item)

        databases_list_response_200 = cls(
            dbs=dbs,
        )

        databases_list_response_200.additional_properties = d
        return databases_list_response_200

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
