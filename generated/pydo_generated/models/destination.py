from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_type import DestinationType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.opensearch_config import OpensearchConfig


T = TypeVar("T", bound="Destination")


@_attrs_define
class Destination:
    """
    Attributes:
        config (OpensearchConfig):
        id (str | Unset): A unique identifier for a destination. Example: 01f30bfa-319a-4769-ba95-9d43971fb514.
        name (str | Unset): destination name Example: managed_opensearch_cluster.
        type_ (DestinationType | Unset): The destination type. `opensearch_dbaas` for a DigitalOcean managed OpenSearch
            cluster or `opensearch_ext` for an externally managed one.
             Example: opensearch_dbaas.
    """

    config: OpensearchConfig
    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: DestinationType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config = self.config.to_dict()

        id = self.id

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "config": config,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.opensearch_config import OpensearchConfig

        d = dict(src_dict)
        config = OpensearchConfig.from_dict(d.pop("config"))

        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: DestinationType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DestinationType(_type_)

        destination = cls(
            config=config,
            id=id,
            name=name,
            type_=type_,
        )

        destination.additional_properties = d
        return destination

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
