from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_omit_credentials_type import DestinationOmitCredentialsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.opensearch_config_omit_credentials import (
        OpensearchConfigOmitCredentials,
    )


T = TypeVar("T", bound="DestinationOmitCredentials")


@_attrs_define
class DestinationOmitCredentials:
    """
    Attributes:
        id (str | Unset): A unique identifier for a destination. Example: 01f30bfa-319a-4769-ba95-9d43971fb514.
        name (str | Unset): destination name Example: managed_opensearch_cluster.
        type_ (DestinationOmitCredentialsType | Unset): The destination type. `opensearch_dbaas` for a DigitalOcean
            managed OpenSearch
            cluster or `opensearch_ext` for an externally managed one.
             Example: opensearch_dbaas.
        config (OpensearchConfigOmitCredentials | Unset): OpenSearch destination configuration with `credentials`
            omitted.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: DestinationOmitCredentialsType | Unset = UNSET
    config: OpensearchConfigOmitCredentials | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.opensearch_config_omit_credentials import (
            OpensearchConfigOmitCredentials,
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DestinationOmitCredentialsType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DestinationOmitCredentialsType(_type_)

        _config = d.pop("config", UNSET)
        config: OpensearchConfigOmitCredentials | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = OpensearchConfigOmitCredentials.from_dict(_config)

        destination_omit_credentials = cls(
            id=id,
            name=name,
            type_=type_,
            config=config,
        )

        destination_omit_credentials.additional_properties = d
        return destination_omit_credentials

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
