from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks
    from ..models.scan import Scan


T = TypeVar("T", bound="SecurityListScansResponse200")


@_attrs_define
class SecurityListScansResponse200:
    """
    Attributes:
        meta (MetaMeta):
        links (PageLinks | Unset):
        scans (list[Scan] | Unset):
    """

    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    scans: list[Scan] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        scans: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.scans, Unset):
            scans = []
            for scans_item_data in self.scans:
                scans_item = scans_item_data.to_dict()
                scans.append(scans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if scans is not UNSET:
            field_dict["scans"] = scans

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks
        from ..models.scan import Scan

        d = dict(src_dict)
        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        _scans = d.pop("scans", UNSET)
        scans: list[Scan] | Unset = UNSET
        if _scans is not UNSET:
            scans = []
            for scans_item_data in _scans:
                scans_item = Scan.from_dict(scans_item_data)

                scans.append(scans_item)

        security_list_scans_response_200 = cls(
            meta=meta,
            links=links,
            scans=scans,
        )

        security_list_scans_response_200.additional_properties = d
        return security_list_scans_response_200

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
