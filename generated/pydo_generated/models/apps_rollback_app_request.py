from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppsRollbackAppRequest")


@_attrs_define
class AppsRollbackAppRequest:
    """
    Attributes:
        deployment_id (str | Unset): The ID of the deployment to rollback to. Example:
            3aa4d20e-5527-4c00-b496-601fbd22520a.
        skip_pin (bool | Unset): Whether to skip pinning the rollback deployment. If false, the rollback deployment will
            be pinned and any new deployments including Auto Deploy on Push hooks will be disabled until the rollback is
            either manually committed or reverted via the CommitAppRollback or RevertAppRollback endpoints respectively. If
            true, the rollback will be immediately committed and the app will remain unpinned. Example: False.
    """

    deployment_id: str | Unset = UNSET
    skip_pin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_id = self.deployment_id

        skip_pin = self.skip_pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if skip_pin is not UNSET:
            field_dict["skip_pin"] = skip_pin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deployment_id = d.pop("deployment_id", UNSET)

        skip_pin = d.pop("skip_pin", UNSET)

        apps_rollback_app_request = cls(
            deployment_id=deployment_id,
            skip_pin=skip_pin,
        )

        apps_rollback_app_request.additional_properties = d
        return apps_rollback_app_request

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
