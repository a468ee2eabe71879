from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_instance_component_type import AppInstanceComponentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppInstance")


@_attrs_define
class AppInstance:
    """
    Attributes:
        component_name (str | Unset): Name of the component, from the app spec. Example: sample-golang.
        component_type (AppInstanceComponentType | Unset): Supported compute component by DigitalOcean App Platform.
            Example: SERVICE.
        instance_name (str | Unset): Name of the instance, which is a unique identifier for the instance. Example:
            sample-golang-76b84c7fb8-6p8kq.
        instance_alias (str | Unset): Readable identifier, an alias of the instance name, reference for mapping insights
            to instance names. Example: sample-golang-0.
    """

    component_name: str | Unset = UNSET
    component_type: AppInstanceComponentType | Unset = UNSET
    instance_name: str | Unset = UNSET
    instance_alias: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        component_name = self.component_name

        component_type: str | Unset = UNSET
        if not isinstance(self.component_type, Unset):
            component_type = self.component_type.value

        instance_name = self.instance_name

        instance_alias = self.instance_alias

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if component_name is not UNSET:
            field_dict["component_name"] = component_name
        if component_type is not UNSET:
            field_dict["component_type"] = component_type
        if instance_name is not UNSET:
            field_dict["instance_name"] = instance_name
        if instance_alias is not UNSET:
            field_dict["instance_alias"] = instance_alias

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        component_name = d.pop("component_name", UNSET)

        _component_type = d.pop("component_type", UNSET)
        component_type: AppInstanceComponentType | Unset
        if isinstance(_component_type, Unset):
            component_type = UNSET
        else:
            component_type = AppInstanceComponentType(_component_type)

        instance_name = d.pop("instance_name", UNSET)

        instance_alias = d.pop("instance_alias", UNSET)

        app_instance = cls(
            component_name=component_name,
            component_type=component_type,
            instance_name=instance_name,
            instance_alias=instance_alias,
        )

        app_instance.additional_properties = d
        return app_instance

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
