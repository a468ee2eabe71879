from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.droplet import Droplet
    from ..models.droplets_create_single_droplet_response_links import (
        DropletsCreateSingleDropletResponseLinks,
    )


T = TypeVar("T", bound="DropletsCreateSingleDropletResponse")


@_attrs_define
class DropletsCreateSingleDropletResponse:
    """
    Attributes:
        droplet (Droplet):
        links (DropletsCreateSingleDropletResponseLinks):
    """

    droplet: Droplet
    links: DropletsCreateSingleDropletResponseLinks
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        droplet = self.droplet.to_dict()

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "droplet": droplet,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet import Droplet
        from ..models.droplets_create_single_droplet_response_links import (
            DropletsCreateSingleDropletResponseLinks,
        )

        d = dict(src_dict)
        droplet = Droplet.from_dict(d.pop("droplet"))

        links = DropletsCreateSingleDropletResponseLinks.from_dict(d.pop("links"))

        droplets_create_single_droplet_response = cls(
            droplet=droplet,
            links=links,
        )

        droplets_create_single_droplet_response.additional_properties = d
        return droplets_create_single_droplet_response

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
