from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_deployment_visibility import ApiDeploymentVisibility
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiUpdateAgentDeploymentVisibilityInputPublic")


@_attrs_define
class ApiUpdateAgentDeploymentVisibilityInputPublic:
    """UpdateAgentDeploymentVisibilityInputPublic description

    Attributes:
        uuid (str | Unset): Unique id Example: "12345678-1234-1234-1234-123456789012".
        visibility (ApiDeploymentVisibility | Unset): - VISIBILITY_UNKNOWN: The status of the deployment is unknown
             - VISIBILITY_DISABLED: The deployment is disabled and will no longer service requests
             - VISIBILITY_PLAYGROUND: Deprecated: No longer a valid state
             - VISIBILITY_PUBLIC: The deployment is public and will service requests from the public internet
             - VISIBILITY_PRIVATE: The deployment is private and will only service requests from other agents, or through
            API keys Example: VISIBILITY_UNKNOWN.
    """

    uuid: str | Unset = UNSET
    visibility: ApiDeploymentVisibility | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = self.visibility.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: ApiDeploymentVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = ApiDeploymentVisibility(_visibility)

        api_update_agent_deployment_visibility_input_public = cls(
            uuid=uuid,
            visibility=visibility,
        )

        api_update_agent_deployment_visibility_input_public.additional_properties = d
        return api_update_agent_deployment_visibility_input_public

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
