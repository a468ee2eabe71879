from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_kubernetes_cluster_user import UserKubernetesClusterUser


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """
    Attributes:
        kubernetes_cluster_user (UserKubernetesClusterUser | Unset):
    """

    kubernetes_cluster_user: UserKubernetesClusterUser | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kubernetes_cluster_user: dict[str, Any] | Unset = UNSET
        if not isinstance(self.kubernetes_cluster_user, Unset):
            kubernetes_cluster_user = self.kubernetes_cluster_user.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if kubernetes_cluster_user is not UNSET:
            field_dict["kubernetes_cluster_user"] = kubernetes_cluster_user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_kubernetes_cluster_user import UserKubernetesClusterUser

        d = dict(src_dict)
        _kubernetes_cluster_user = d.pop("kubernetes_cluster_user", UNSET)
        kubernetes_cluster_user: UserKubernetesClusterUser | Unset
        if isinstance(_kubernetes_cluster_user, Unset):
            kubernetes_cluster_user = UNSET
        else:
            kubernetes_cluster_user = UserKubernetesClusterUser.from_dict(
                _kubernetes_cluster_user
            )

        user = cls(
            kubernetes_cluster_user=kubernetes_cluster_user,
        )

        user.additional_properties = d
        return user

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
