from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.addons_app_metadata import AddonsAppMetadata


T = TypeVar("T", bound="AddonsGetAppMetadataResponse200")


@_attrs_define
class AddonsGetAppMetadataResponse200:
    """
    Attributes:
        metadata (list[AddonsAppMetadata] | Unset):
    """

    metadata: list[AddonsAppMetadata] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = []
            for metadata_item_data in self.metadata:
                metadata_item = metadata_item_data.to_dict()
                metadata.append(metadata_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.addons_app_metadata import AddonsAppMetadata

        d = dict(src_dict)
        _metadata = d.pop("metadata", UNSET)
        metadata: list[AddonsAppMetadata] | Unset = UNSET
        if _metadata is not UNSET:
            metadata = []
            for metadata_item_data in _metadata:
                metadata_item = AddonsAppMetadata.from_dict(metadata_item_data)

                metadata.append(metadata_item)

        addons_get_app_metadata_response_200 = cls(
            metadata=metadata,
        )

        addons_get_app_metadata_response_200.additional_properties = d
        return addons_get_app_metadata_response_200

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
