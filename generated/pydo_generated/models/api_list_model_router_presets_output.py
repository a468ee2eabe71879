from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_links import ApiLinks
    from ..models.api_meta import ApiMeta
    from ..models.api_model_router_preset import ApiModelRouterPreset


T = TypeVar("T", bound="ApiListModelRouterPresetsOutput")


@_attrs_define
class ApiListModelRouterPresetsOutput:
    """List of model router presets

    Attributes:
        links (ApiLinks | Unset): Links to other pages
        meta (ApiMeta | Unset): Meta information about the data set
        presets (list[ApiModelRouterPreset] | Unset): The model router presets
    """

    links: ApiLinks | Unset = UNSET
    meta: ApiMeta | Unset = UNSET
    presets: list[ApiModelRouterPreset] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        presets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.presets, Unset):
            presets = []
            for presets_item_data in self.presets:
                presets_item = presets_item_data.to_dict()
                presets.append(presets_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta
        if presets is not UNSET:
            field_dict["presets"] = presets

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_links import ApiLinks
        from ..models.api_meta import ApiMeta
        from ..models.api_model_router_preset import ApiModelRouterPreset

        d = dict(src_dict)
        _links = d.pop("links", UNSET)
        links: ApiLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = ApiLinks.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: ApiMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ApiMeta.from_dict(_meta)

        _presets = d.pop("presets", UNSET)
        presets: list[ApiModelRouterPreset] | Unset = UNSET
        if _presets is not UNSET:
            presets = []
            for presets_item_data in _presets:
                presets_item = ApiModelRouterPreset.from_dict(presets_item_data)

                presets.append(presets_item)

        api_list_model_router_presets_output = cls(
            links=links,
            meta=meta,
            presets=presets,
        )

        api_list_model_router_presets_output.additional_properties = d
        return api_list_model_router_presets_output

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
