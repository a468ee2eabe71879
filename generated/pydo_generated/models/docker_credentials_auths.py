from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.docker_credentials_auths_registry_digitalocean_com import (
        DockerCredentialsAuthsRegistryDigitaloceanCom,
    )


T = TypeVar("T", bound="DockerCredentialsAuths")


@_attrs_define
class DockerCredentialsAuths:
    """
    Attributes:
        registry_digitalocean_com (DockerCredentialsAuthsRegistryDigitaloceanCom | Unset):
    """

    registry_digitalocean_com: DockerCredentialsAuthsRegistryDigitaloceanCom | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registry_digitalocean_com: dict[str, Any] | Unset = UNSET
        if not isinstance(self.registry_digitalocean_com, Unset):
            registry_digitalocean_com = self.registry_digitalocean_com.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registry_digitalocean_com is not UNSET:
            field_dict["registry.digitalocean.com"] = registry_digitalocean_com

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.docker_credentials_auths_registry_digitalocean_com import (
            DockerCredentialsAuthsRegistryDigitaloceanCom,
        )

        d = dict(src_dict)
        _registry_digitalocean_com = d.pop("registry.digitalocean.com", UNSET)
        registry_digitalocean_com: DockerCredentialsAuthsRegistryDigitaloceanCom | Unset
        if isinstance(_registry_digitalocean_com, Unset):
            registry_digitalocean_com = UNSET
        else:
            registry_digitalocean_com = (
                DockerCredentialsAuthsRegistryDigitaloceanCom.from_dict(
                    _registry_digitalocean_com
                )
            )

        docker_credentials_auths = cls(
            registry_digitalocean_com=registry_digitalocean_com,
        )

        docker_credentials_auths.additional_properties = d
        return docker_credentials_auths

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
