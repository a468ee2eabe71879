from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.apps_image_source_spec_registry_type import (
    AppsImageSourceSpecRegistryType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apps_image_source_spec_deploy_on_push import (
        AppsImageSourceSpecDeployOnPush,
    )


T = TypeVar("T", bound="AppsImageSourceSpec")


@_attrs_define
class AppsImageSourceSpec:
    """
    Attributes:
        registry (str | Unset): The registry name. Must be left empty for the `DOCR` registry type. Example:
            registry.hub.docker.com.
        registry_type (AppsImageSourceSpecRegistryType | Unset): - DOCKER_HUB: The DockerHub container registry type.
            - DOCR: The DigitalOcean container registry type.
            - GHCR: The Github container registry type. Example: DOCR.
        registry_credentials (str | Unset): The credentials to be able to pull the image. The value will be encrypted on
            first submission. On following submissions, the encrypted value should be used.
            - "$username:$access_token" for registries of type `DOCKER_HUB`.
            - "$username:$access_token" for registries of type `GHCR`. Example: my-dockerhub-
            username:dckr_pat_the_access_token.
        repository (str | Unset): The repository name. Example: origin/master.
        tag (str | Unset): The repository tag. Defaults to `latest` if not provided and no digest is provided. Cannot be
            specified if digest is provided. Default: 'latest'. Example: latest.
        digest (str | Unset): The image digest. Cannot be specified if tag is provided. Example:
            sha256:795e91610e9cccb7bb80893fbabf9c808df7d52ae1f39cd1158618b4a33041ac.
        deploy_on_push (AppsImageSourceSpecDeployOnPush | Unset):
    """

    registry: str | Unset = UNSET
    registry_type: AppsImageSourceSpecRegistryType | Unset = UNSET
    registry_credentials: str | Unset = UNSET
    repository: str | Unset = UNSET
    tag: str | Unset = "latest"
    digest: str | Unset = UNSET
    deploy_on_push: AppsImageSourceSpecDeployOnPush | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        registry = self.registry

        registry_type: str | Unset = UNSET
        if not isinstance(self.registry_type, Unset):
            registry_type = self.registry_type.value

        registry_credentials = self.registry_credentials

        repository = self.repository

        tag = self.tag

        digest = self.digest

        deploy_on_push: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deploy_on_push, Unset):
            deploy_on_push = self.deploy_on_push.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if registry is not UNSET:
            field_dict["registry"] = registry
        if registry_type is not UNSET:
            field_dict["registry_type"] = registry_type
        if registry_credentials is not UNSET:
            field_dict["registry_credentials"] = registry_credentials
        if repository is not UNSET:
            field_dict["repository"] = repository
        if tag is not UNSET:
            field_dict["tag"] = tag
        if digest is not UNSET:
            field_dict["digest"] = digest
        if deploy_on_push is not UNSET:
            field_dict["deploy_on_push"] = deploy_on_push

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.apps_image_source_spec_deploy_on_push import (
            AppsImageSourceSpecDeployOnPush,
        )

        d = dict(src_dict)
        registry = d.pop("registry", UNSET)

        _registry_type = d.pop("registry_type", UNSET)
        registry_type: AppsImageSourceSpecRegistryType | Unset
        if isinstance(_registry_type, Unset):
            registry_type = UNSET
        else:
            registry_type = AppsImageSourceSpecRegistryType(_registry_type)

        registry_credentials = d.pop("registry_credentials", UNSET)

        repository = d.pop("repository", UNSET)

        tag = d.pop("tag", UNSET)

        digest = d.pop("digest", UNSET)

        _deploy_on_push = d.pop("deploy_on_push", UNSET)
        deploy_on_push: AppsImageSourceSpecDeployOnPush | Unset
        if isinstance(_deploy_on_push, Unset):
            deploy_on_push = UNSET
        else:
            deploy_on_push = AppsImageSourceSpecDeployOnPush.from_dict(_deploy_on_push)

        apps_image_source_spec = cls(
            registry=registry,
            registry_type=registry_type,
            registry_credentials=registry_credentials,
            repository=repository,
            tag=tag,
            digest=digest,
            deploy_on_push=deploy_on_push,
        )

        apps_image_source_spec.additional_properties = d
        return apps_image_source_spec

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
