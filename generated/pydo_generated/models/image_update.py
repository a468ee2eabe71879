from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.distribution import Distribution
from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageUpdate")


@_attrs_define
class ImageUpdate:
    """
    Attributes:
        name (str | Unset): The display name that has been given to an image.  This is what is shown in the control
            panel and is generally a descriptive title for the image in question. Example: Nifty New Snapshot.
        distribution (Distribution | Unset): The name of a custom image's distribution. Currently, the valid values are
            `Arch Linux`, `CentOS`, `CoreOS`, `Debian`, `Fedora`, `Fedora Atomic`,  `FreeBSD`, `Gentoo`, `openSUSE`,
            `RancherOS`, `Rocky Linux`, `Ubuntu`, and `Unknown`.  Any other value will be accepted but ignored, and
            `Unknown` will be used in its place. Example: Ubuntu.
        description (str | Unset): An optional free-form text field to describe an image. Example:  .
    """

    name: str | Unset = UNSET
    distribution: Distribution | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        distribution: str | Unset = UNSET
        if not isinstance(self.distribution, Unset):
            distribution = self.distribution.value

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if distribution is not UNSET:
            field_dict["distribution"] = distribution
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _distribution = d.pop("distribution", UNSET)
        distribution: Distribution | Unset
        if isinstance(_distribution, Unset):
            distribution = UNSET
        else:
            distribution = Distribution(_distribution)

        description = d.pop("description", UNSET)

        image_update = cls(
            name=name,
            distribution=distribution,
            description=description,
        )

        image_update.additional_properties = d
        return image_update

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
