from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeographicalInformationAboutAnAppOrigin")


@_attrs_define
class GeographicalInformationAboutAnAppOrigin:
    """
    Attributes:
        continent (str | Unset):  Example: europe.
        data_centers (list[str] | Unset):  Example: ['ams'].
        default (bool | Unset): Whether or not the region is presented as the default. Example: True.
        disabled (bool | Unset):  Example: True.
        flag (str | Unset):  Example: ams.
        label (str | Unset):  Example: ams.
        reason (str | Unset):  Example: to crowded.
        slug (str | Unset):  Example: basic.
    """

    continent: str | Unset = UNSET
    data_centers: list[str] | Unset = UNSET
    default: bool | Unset = UNSET
    disabled: bool | Unset = UNSET
    flag: str | Unset = UNSET
    label: str | Unset = UNSET
    reason: str | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        continent = self.continent

        data_centers: list[str] | Unset = UNSET
        if not isinstance(self.data_centers, Unset):
            data_centers = self.data_centers

        default = self.default

        disabled = self.disabled

        flag = self.flag

        label = self.label

        reason = self.reason

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if continent is not UNSET:
            field_dict["continent"] = continent
        if data_centers is not UNSET:
            field_dict["data_centers"] = data_centers
        if default is not UNSET:
            field_dict["default"] = default
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if flag is not UNSET:
            field_dict["flag"] = flag
        if label is not UNSET:
            field_dict["label"] = label
        if reason is not UNSET:
            field_dict["reason"] = reason
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        continent = d.pop("continent", UNSET)

        data_centers = cast(list[str], d.pop("data_centers", UNSET))

        default = d.pop("default", UNSET)

        disabled = d.pop("disabled", UNSET)

        flag = d.pop("flag", UNSET)

        label = d.pop("label", UNSET)

        reason = d.pop("reason", UNSET)

        slug = d.pop("slug", UNSET)

        geographical_information_about_an_app_origin = cls(
            continent=continent,
            data_centers=data_centers,
            default=default,
            disabled=disabled,
            flag=flag,
            label=label,
            reason=reason,
            slug=slug,
        )

        geographical_information_about_an_app_origin.additional_properties = d
        return geographical_information_about_an_app_origin

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
