from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_spec import AppSpec


T = TypeVar("T", bound="AppsCreateAppRequest")


@_attrs_define
class AppsCreateAppRequest:
    """
    Attributes:
        spec (AppSpec): The desired configuration of an application.
        project_id (str | Unset): The ID of the project the app should be assigned to. If omitted, it will be assigned
            to your default project.
            <br><br>Requires `project:assign_resource` scope.
    """

    spec: AppSpec
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec = self.spec.to_dict()

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spec": spec,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_spec import AppSpec

        d = dict(src_dict)
        spec = AppSpec.from_dict(d.pop("spec"))

        project_id = d.pop("project_id", UNSET)

        apps_create_app_request = cls(
            spec=spec,
            project_id=project_id,
        )

        apps_create_app_request.additional_properties = d
        return apps_create_app_request

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
