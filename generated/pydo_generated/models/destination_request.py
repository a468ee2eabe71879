from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.destination_request_type import DestinationRequestType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.opensearch_config_request import OpensearchConfigRequest


T = TypeVar("T", bound="DestinationRequest")


@_attrs_define
class DestinationRequest:
    """
    Attributes:
        type_ (DestinationRequestType): The destination type. `opensearch_dbaas` for a DigitalOcean managed OpenSearch
            cluster or `opensearch_ext` for an externally managed one.
        config (OpensearchConfigRequest):
        name (str | Unset): destination name Example: managed_opensearch_cluster.
    """

    type_: DestinationRequestType
    config: OpensearchConfigRequest
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        config = self.config.to_dict()

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "config": config,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.opensearch_config_request import OpensearchConfigRequest

        d = dict(src_dict)
        type_ = DestinationRequestType(d.pop("type"))

        config = OpensearchConfigRequest.from_dict(d.pop("config"))

        name = d.pop("name", UNSET)

        destination_request = cls(
            type_=type_,
            config=config,
            name=name,
        )

        destination_request.additional_properties = d
        return destination_request

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
