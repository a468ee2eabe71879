from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_spec import AppSpec


T = TypeVar("T", bound="AppsUpdateAppRequest")


@_attrs_define
class AppsUpdateAppRequest:
    """
    Attributes:
        spec (AppSpec): The desired configuration of an application.
        update_all_source_versions (bool | Unset): Whether or not to update the source versions (for example fetching a
            new commit or image digest) of all components. By default (when this is false) only newly added sources will be
            updated to avoid changes like updating the scale of a component from also updating the respective code. Default:
            False. Example: True.
    """

    spec: AppSpec
    update_all_source_versions: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec = self.spec.to_dict()

        update_all_source_versions = self.update_all_source_versions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spec": spec,
            }
        )
        if update_all_source_versions is not UNSET:
            field_dict["update_all_source_versions"] = update_all_source_versions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_spec import AppSpec

        d = dict(src_dict)
        spec = AppSpec.from_dict(d.pop("spec"))

        update_all_source_versions = d.pop("update_all_source_versions", UNSET)

        apps_update_app_request = cls(
            spec=spec,
            update_all_source_versions=update_all_source_versions,
        )

        apps_update_app_request.additional_properties = d
        return apps_update_app_request

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
