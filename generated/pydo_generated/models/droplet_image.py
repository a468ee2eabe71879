from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.distribution import Distribution
from ..models.image_status import ImageStatus
from ..models.image_type import ImageType
from ..models.region_slug import RegionSlug
from ..types import UNSET, Unset

T = TypeVar("T", bound="DropletImage")


@_attrs_define
class DropletImage:
    """
    Attributes:
        id (int | Unset): A unique number that can be used to identify and reference a specific image. Example: 7555620.
        name (str | Unset): The display name that has been given to an image.  This is what is shown in the control
            panel and is generally a descriptive title for the image in question. Example: Nifty New Snapshot.
        type_ (ImageType | Unset): Describes the kind of image. It may be one of `base`, `snapshot`, `backup`, `custom`,
            or `admin`. Respectively, this specifies whether an image is a DigitalOcean base OS image, user-generated
            Droplet snapshot, automatically created Droplet backup, user-provided virtual machine image, or an image used
            for DigitalOcean managed resources (e.g. DOKS worker nodes). Example: snapshot.
        distribution (Distribution | Unset): The name of a custom image's distribution. Currently, the valid values are
            `Arch Linux`, `CentOS`, `CoreOS`, `Debian`, `Fedora`, `Fedora Atomic`,  `FreeBSD`, `Gentoo`, `openSUSE`,
            `RancherOS`, `Rocky Linux`, `Ubuntu`, and `Unknown`.  Any other value will be accepted but ignored, and
            `Unknown` will be used in its place. Example: Ubuntu.
        slug (None | str | Unset): A uniquely identifying string that is associated with each of the DigitalOcean-
            provided public images. These can be used to reference a public image as an alternative to the numeric id.
            Example: nifty1.
        public (bool | Unset): This is a boolean value that indicates whether the image in question is public or not. An
            image that is public is available to all accounts. A non-public image is only accessible from your account.
            Example: True.
        regions (list[RegionSlug] | Unset): This attribute is an array of the regions that the image is available in.
            The regions are represented by their identifying slug values. Example: ['nyc1', 'nyc2'].
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the image was created. Example: 2020-05-04T22:23:02Z.
        min_disk_size (int | None | Unset): The minimum disk size in GB required for a Droplet to use this image.
            Example: 20.
        size_gigabytes (float | None | Unset): The size of the image in gigabytes. Example: 2.34.
        description (str | Unset): An optional free-form text field to describe an image. Example:  .
        tags (list[str] | None | Unset): A flat array of tag names as strings to be applied to the resource. Tag names
            may be for either existing or new tags. <br><br>Requires `tag:create` scope. Example: ['base-image', 'prod'].
        status (ImageStatus | Unset): A status string indicating the state of a custom image. This may be `NEW`,
             `available`, `pending`, `deleted`, or `retired`. Example: NEW.
        error_message (str | Unset): A string containing information about errors that may occur when importing
             a custom image. Example:  .
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    type_: ImageType | Unset = UNSET
    distribution: Distribution | Unset = UNSET
    slug: None | str | Unset = UNSET
    public: bool | Unset = UNSET
    regions: list[RegionSlug] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    min_disk_size: int | None | Unset = UNSET
    size_gigabytes: float | None | Unset = UNSET
    description: str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    status: ImageStatus | Unset = UNSET
    error_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        distribution: str | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.value

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        public = self.public

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = []
            for componentsschemasregions_array_item_data in self.regions:
                componentsschemasregions_array_item = (
                    componentsschemasregions_array_item_data.value
                )
                regions.append(componentsschemasregions_array_item)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        min_disk_size: int | None | Unset
        if isinstance(self.min_disk_size, Unset):
            min_disk_size = UNSET
        else:
            min_disk_size = self.min_disk_size

        size_gigabytes: float | None | Unset
        if isinstance(self.size_gigabytes, Unset):
            size_gigabytes = UNSET
        else:
            size_gigabytes = self.size_gigabytes

        description = self.description

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if slug is not UNSET:
            field_dict["slug"] = slug
        if public is not UNSET:
            field_dict["public"] = public
        if regions is not UNSET:
            field_dict["regions"] = regions
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if min_disk_size is not UNSET:
            field_dict["min_disk_size"] = min_disk_size
        if size_gigabytes is not UNSET:
            field_dict["size_gigabytes"] = size_gigabytes
        if description is not UNSET:
            field_dict["description"] = description
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ImageType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ImageType(_type_)

        _distribution = d.pop("distribution", UNSET)
        distribution: Distribution | Unset
        if isinstance(_distribution, Unset):
            distribution = UNSET
        else:
            distribution = Distribution(_distribution)

        def _parse_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        slug = _parse_slug(d.pop("slug", UNSET))

        public = d.pop("public", UNSET)

        _regions = d.pop("regions", UNSET)
        regions: list[RegionSlug] | Unset = UNSET
        if _regions is not UNSET:
            regions = []
            for componentsschemasregions_array_item_data in _regions:
                componentsschemasregions_array_item = RegionSlug(
                    componentsschemasregions_array_item_data
                )

                regions.append(componentsschemasregions_array_item)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_min_disk_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        min_disk_size = _parse_min_disk_size(d.pop("min_disk_size", UNSET))

        def _parse_size_gigabytes(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        size_gigabytes = _parse_size_gigabytes(d.pop("size_gigabytes", UNSET))

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

        _status = d.pop("status", UNSET)
        status: ImageStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ImageStatus(_status)

        error_message = d.pop("error_message", UNSET)

        droplet_image = cls(
            id=id,
            name=name,
            type_=type_,
            distribution=distribution,
            slug=slug,
            public=public,
            regions=regions,
            created_at=created_at,
            min_disk_size=min_disk_size,
            size_gigabytes=size_gigabytes,
            description=description,
            tags=tags,
            status=status,
            error_message=error_message,
        )

        droplet_image.additional_properties = d
        return droplet_image

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
