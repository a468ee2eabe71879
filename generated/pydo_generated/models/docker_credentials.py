from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.docker_credentials_auths import DockerCredentialsAuths


T = TypeVar("T", bound="DockerCredentials")


@_attrs_define
class DockerCredentials:
    """
    Attributes:
        auths (DockerCredentialsAuths | Unset):
    """

    auths: DockerCredentialsAuths | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auths: dict[str, Any] | Unset = UNSET
        if not isinstance(self.auths, Unset):
            auths = self.auths.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auths is not UNSET:
            field_dict["auths"] = auths

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.docker_credentials_auths import DockerCredentialsAuths

        d = dict(src_dict)
        _auths = d.pop("auths", UNSET)
        auths: DockerCredentialsAuths | Unset
        if isinstance(_auths, Unset):
            auths = UNSET
        else:
            auths = DockerCredentialsAuths.from_dict(_auths)

        docker_credentials = cls(
            auths=auths,
        )

        docker_credentials.additional_properties = d
        return docker_credentials

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
