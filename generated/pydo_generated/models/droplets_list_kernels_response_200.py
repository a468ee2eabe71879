from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.kernel_type_0 import KernelType0
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="DropletsListKernelsResponse200")


@_attrs_define
class DropletsListKernelsResponse200:
    """
    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        kernels (list[KernelType0 | None] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    kernels: list[KernelType0 | None] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.kernel_type_0 import KernelType0

        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        kernels: list[dict[str, Any] | None] | Unset = UNSET
        if not isinstance(self.kernels, Unset):
            kernels = []
            for kernels_item_data in self.kernels:
                kernels_item: dict[str, Any] | None
                if isinstance(kernels_item_data, KernelType0):
                    kernels_item = kernels_item_data.to_dict()
                else:
                    kernels_item = kernels_item_data
                kernels.append(kernels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if kernels is not UNSET:
            field_dict["kernels"] = kernels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.kernel_type_0 import KernelType0
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _kernels = d.pop("kernels", UNSET)
        kernels: list[KernelType0 | None] | Unset = UNSET
        if _kernels is not UNSET:
            kernels = []
            for kernels_item_data in _kernels:

                def _parse_kernels_item(data: object) -> KernelType0 | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemaskernel_type_0 = KernelType0.from_dict(data)

                        return componentsschemaskernel_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(KernelType0 | None, data)

                kernels_item = _parse_kernels_item(kernels_item_data)

                kernels.append(kernels_item)

        droplets_list_kernels_response_200 = cls(
            meta=meta,
            links=links,
            kernels=kernels,
        )

        droplets_list_kernels_response_200.additional_properties = d
        return droplets_list_kernels_response_200

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
