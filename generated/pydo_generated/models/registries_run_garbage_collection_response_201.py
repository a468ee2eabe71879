from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.garbage_collection import GarbageCollection


T = TypeVar("T", bound="RegistriesRunGarbageCollectionResponse201")


@_attrs_define
class RegistriesRunGarbageCollectionResponse201:
    """
    Attributes:
        garbage_collection (GarbageCollection | Unset):
    """

    garbage_collection: GarbageCollection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        garbage_collection: dict[str, Any] | Unset = UNSET
        if not isinstance(self.garbage_collection, Unset):
            garbage_collection = self.garbage_collection.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if garbage_collection is not UNSET:
            field_dict["garbage_collection"] = garbage_collection

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.garbage_collection import GarbageCollection

        d = dict(src_dict)
        _garbage_collection = d.pop("garbage_collection", UNSET)
        garbage_collection: GarbageCollection | Unset
        if isinstance(_garbage_collection, Unset):
            garbage_collection = UNSET
        else:
            garbage_collection = GarbageCollection.from_dict(_garbage_collection)

        registries_run_garbage_collection_response_201 = cls(
            garbage_collection=garbage_collection,
        )

        registries_run_garbage_collection_response_201.additional_properties = d
        return registries_run_garbage_collection_response_201

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
