from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kubernetes_region import KubernetesRegion
    from ..models.kubernetes_size import KubernetesSize
    from ..models.kubernetes_version import KubernetesVersion


T = TypeVar("T", bound="KubernetesOptionsOptions")


@_attrs_define
class KubernetesOptionsOptions:
    """
    Attributes:
        regions (list[KubernetesRegion] | Unset):
        versions (list[KubernetesVersion] | Unset):
        sizes (list[KubernetesSize] | Unset):
    """

    regions: list[KubernetesRegion] | Unset = UNSET
    versions: list[KubernetesVersion] | Unset = UNSET
    sizes: list[KubernetesSize] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        regions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for regions_item_data in self.regions:
                regions_item = regions_item_data.to_dict()
                regions.append(regions_item)

        versions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.versions, Unset):
            versions = []
            for versions_item_data in self.versions:
                versions_item = versions_item_data.to_dict()
                versions.append(versions_item)

        sizes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sizes, Unset):
            sizes = []
            for sizes_item_data in self.sizes:
                sizes_item = sizes_item_data.to_dict()
                sizes.append(sizes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if regions is not UNSET:
            field_dict["regions"] = regions
        if versions is not UNSET:
            field_dict["versions"] = versions
        if sizes is not UNSET:
            field_dict["sizes"] = sizes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kubernetes_region import KubernetesRegion
        from ..models.kubernetes_size import KubernetesSize
        from ..models.kubernetes_version import KubernetesVersion

        d = dict(src_dict)
        _regions = d.pop("regions", UNSET)
        regions: list[KubernetesRegion] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for regions_item_data in _regions:
                regions_item = KubernetesRegion.from_dict(regions_item_data)

                regions.append(regions_item)

        _versions = d.pop("versions", UNSET)
        versions: list[KubernetesVersion] | Unset = UNSET
        if _versions is not UNSET:
            versions = []
            for versions_item_data in _versions:
                versions_item = KubernetesVersion.from_dict(versions_item_data)

                versions.append(versions_item)

        _sizes = d.pop("sizes", UNSET)
        sizes: list[KubernetesSize] | Unset = UNSET
        if _sizes is not UNSET:
            sizes = []
            for sizes_item_data in _sizes:
                sizes_item = KubernetesSize.from_dict(sizes_item_data)

                sizes.append(sizes_item)

        kubernetes_options_options = cls(
            regions=regions,
            versions=versions,
            sizes=sizes,
        )

        kubernetes_options_options.additional_properties = d
        return kubernetes_options_options

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
