from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.garbage_collection import GarbageCollection


T = TypeVar("T", bound="RegistryListGarbageCollectionsResponse200")


@_attrs_define
class RegistryListGarbageCollectionsResponse200:
    """
    Attributes:
        garbage_collections (list[GarbageCollection] | Unset):
    """

    garbage_collections: list[GarbageCollection] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        garbage_collections: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.garbage_collections, Unset):
            garbage_collections = []
            for garbage_collections_item_data in self.garbage_collections:
                garbage_collections_item = garbage_collections_item_data.to_dict()
                garbage_collections.append(garbage_collections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if garbage_collections is not UNSET:
            field_dict["garbage_collections"] = garbage_collections

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.garbage_collection import GarbageCollection

        d = dict(src_dict)
        _garbage_collections = d.pop("garbage_collections", UNSET)
        garbage_collections: list[GarbageCollection] | Unset = UNSET
        if _garbage_collections is not UNSET:
            garbage_collections = []
            for garbage_collections_item_data in _garbage_collections:
                garbage_collections_item = GarbageCollection.from_dict(
                    garbage_collections_item_data
                )

                garbage_collections.append(garbage_collections_item)

        registry_list_garbage_collections_response_200 = cls(
            garbage_collections=garbage_collections,
        )

        registry_list_garbage_collections_response_200.additional_properties = d
        return registry_list_garbage_collections_response_200

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
