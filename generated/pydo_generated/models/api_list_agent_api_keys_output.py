from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_agent_api_key_info import ApiAgentAPIKeyInfo
    from ..models.api_links import ApiLinks
    from ..models.api_meta import ApiMeta


T = TypeVar("T", bound="ApiListAgentAPIKeysOutput")


@_attrs_define
class ApiListAgentAPIKeysOutput:
    """
    Attributes:
        api_key_infos (list[ApiAgentAPIKeyInfo] | Unset): Api key infos
        links (ApiLinks | Unset): Links to other pages
        meta (ApiMeta | Unset): Meta information about the data set
    """

    api_key_infos: list[ApiAgentAPIKeyInfo] | Unset = UNSET
    links: ApiLinks | Unset = UNSET
    meta: ApiMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_infos: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_key_infos, Unset):
            api_key_infos = []
            for api_key_infos_item_data in self.api_key_infos:
                api_key_infos_item = api_key_infos_item_data.to_dict()
                api_key_infos.append(api_key_infos_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_infos is not UNSET:
            field_dict["api_key_infos"] = api_key_infos
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_agent_api_key_info import ApiAgentAPIKeyInfo
        from ..models.api_links import ApiLinks
        from ..models.api_meta import ApiMeta

        d = dict(src_dict)
        _api_key_infos = d.pop("api_key_infos", UNSET)
        api_key_infos: list[ApiAgentAPIKeyInfo] | Unset = UNSET
        if _api_key_infos is not UNSET:
            api_key_infos = []
            for api_key_infos_item_data in _api_key_infos:
                api_key_infos_item = ApiAgentAPIKeyInfo.from_dict(
                    api_key_infos_item_data
                )

                api_key_infos.append(api_key_infos_item)

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

        api_list_agent_api_keys_output = cls(
            api_key_infos=api_key_infos,
            links=links,
            meta=meta,
        )

        api_list_agent_api_keys_output.additional_properties = d
        return api_list_agent_api_keys_output

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
