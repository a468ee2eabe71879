from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KubernetesVersion")


@_attrs_define
class KubernetesVersion:
    """
    Attributes:
        slug (str | Unset): The slug identifier for an available version of Kubernetes for use when creating or updating
            a cluster. The string contains both the upstream version of Kubernetes as well as the DigitalOcean revision.
            Example: 1.16.13-do.0.
        kubernetes_version (str | Unset): The upstream version string for the version of Kubernetes provided by a given
            slug. Example: 1.16.13.
        supported_features (list[str] | Unset): The features available with the version of Kubernetes provided by a
            given slug. Example: ['cluster-autoscaler', 'docr-integration', 'token-authentication'].
    """

    slug: str | Unset = UNSET
    kubernetes_version: str | Unset = UNSET
    supported_features: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slug = self.slug

        kubernetes_version = self.kubernetes_version

        supported_features: list[str] | Unset = UNSET
        if not isinstance(self.supported_features, Unset):
            supported_features = self.supported_features

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slug is not UNSET:
            field_dict["slug"] = slug
        if kubernetes_version is not UNSET:
            field_dict["kubernetes_version"] = kubernetes_version
        if supported_features is not UNSET:
            field_dict["supported_features"] = supported_features

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        slug = d.pop("slug", UNSET)

        kubernetes_version = d.pop("kubernetes_version", UNSET)

        supported_features = cast(list[str], d.pop("supported_features", UNSET))

        kubernetes_version = cls(
            slug=slug,
            kubernetes_version=kubernetes_version,
            supported_features=supported_features,
        )

        kubernetes_version.additional_properties = d
        return kubernetes_version

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
