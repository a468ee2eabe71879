from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.vpc_peering import VpcPeering


T = TypeVar("T", bound="VpcsListPeeringsResponse200")


@_attrs_define
class VpcsListPeeringsResponse200:
    """
    Example:
        {'peerings': [{'id': '6b5c619c-359c-44ca-87e2-47e98170c01d', 'name': 'example-vpc-peering', 'vpc_ids':
            ['997615ce-132d-4bae-9270-9ee21b395e5d', 'e51aed59-3bb1-4a6a-8de0-9d1329e9c997'], 'created_at':
            '2024-01-09T20:44:32Z', 'status': 'ACTIVE'}, {'id': 'c212b274-911c-44cc-a117-23b7da4a2922', 'name': 'another-
            vpc-peering', 'vpc_ids': ['5a100736-b085-4f69-81fd-feee325784bb', 'c140286f-e6ce-4131-8b7b-df4590ce8d6a'],
            'created_at': '2024-01-10T13:29:58Z', 'status': 'ACTIVE'}], 'links': {}, 'meta': {'total': 2}}

    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        peerings (list[VpcPeering] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    peerings: list[VpcPeering] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        peerings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.peerings, Unset):
            peerings = []
            for peerings_item_data in self.peerings:
                peerings_item = peerings_item_data.to_dict()
                peerings.append(peerings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if peerings is not UNSET:
            field_dict["peerings"] = peerings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.vpc_peering import VpcPeering

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _peerings = d.pop("peerings", UNSET)
        peerings: list[VpcPeering] | Unset = UNSET
        if _peerings is not UNSET:
            peerings = []
            for peerings_item_data in _peerings:
                peerings_item = VpcPeering.from_dict(peerings_item_data)

                peerings.append(peerings_item)

        vpcs_list_peerings_response_200 = cls(
            meta=meta,
            links=links,
            peerings=peerings,
        )

        vpcs_list_peerings_response_200.additional_properties = d
        return vpcs_list_peerings_response_200

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
