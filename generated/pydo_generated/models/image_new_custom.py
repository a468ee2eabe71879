from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.distribution import Distribution
from ..models.region_slug import RegionSlug
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageNewCustom")


@_attrs_define
class ImageNewCustom:
    """
    Example:
        {'name': 'ubuntu-18.04-minimal', 'url': 'http://cloud-
            images.ubuntu.com/minimal/releases/bionic/release/ubuntu-18.04-minimal-cloudimg-amd64.img', 'distribution':
            'Ubuntu', 'region': 'nyc3', 'description': 'Cloud-optimized image w/ small footprint', 'tags': ['base-image',
            'prod']}

    Attributes:
        name (str): The display name that has been given to an image.  This is what is shown in the control panel and is
            generally a descriptive title for the image in question. Example: Nifty New Snapshot.
        url (str): A URL from which the custom Linux virtual machine image may be retrieved.  The image it points to
            must be in the raw, qcow2, vhdx, vdi, or vmdk format.  It may be compressed using gzip or bzip2 and must be
            smaller than 100 GB after being decompressed. Example: http://cloud-
            images.ubuntu.com/minimal/releases/bionic/release/ubuntu-18.04-minimal-cloudimg-amd64.img.
        region (RegionSlug): The slug identifier for the region where the resource will initially be  available.
            Example: nyc3.
        distribution (Distribution | Unset): The name of a custom image's distribution. Currently, the valid values are
            `Arch Linux`, `CentOS`, `CoreOS`, `Debian`, `Fedora`, `Fedora Atomic`,  `FreeBSD`, `Gentoo`, `openSUSE`,
            `RancherOS`, `Rocky Linux`, `Ubuntu`, and `Unknown`.  Any other value will be accepted but ignored, and
            `Unknown` will be used in its place. Example: Ubuntu.
        description (str | Unset): An optional free-form text field to describe an image. Example:  .
        tags (list[str] | None | Unset): A flat array of tag names as strings to be applied to the resource. Tag names
            may be for either existing or new tags. <br><br>Requires `tag:create` scope. Example: ['base-image', 'prod'].
    """

    name: str
    url: str
    region: RegionSlug
    distribution: Distribution | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        url = self.url

        region = self.region.value

        distribution: str | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.value

        description = self.description

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "url": url,
                "region": region,
            }
        )
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        url = d.pop("url")

        region = RegionSlug(d.pop("region"))

        _distribution = d.pop("distribution", UNSET)
        distribution: Distribution | Unset
        if isinstance(_distribution, Unset):
            distribution = UNSET
        else:
            distribution = Distribution(_distribution)

        description = d.pop("description", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemastags_array_type_0 = cast(list[str], data)

                return componentsschemastags_array_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        image_new_custom = cls(
            name=name,
            url=url,
            region=region,
            distribution=distribution,
            description=description,
            tags=tags,
        )

        image_new_custom.additional_properties = d
        return image_new_custom

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
