from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_router_config import ApiModelRouterConfig


T = TypeVar("T", bound="ApiModelRouter")


@_attrs_define
class ApiModelRouter:
    """Model router

    Attributes:
        config (ApiModelRouterConfig | Unset):
        created_at (datetime.datetime | Unset): Creation date / time Example: 2023-01-01T00:00:00Z.
        description (str | Unset): Description Example: example string.
        name (str | Unset): Name of the model router Example: example name.
        regions (list[str] | Unset): Target regions for the router Example: ['example string'].
        updated_at (datetime.datetime | Unset): Last modified Example: 2023-01-01T00:00:00Z.
        uuid (str | Unset): Unique id Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    config: ApiModelRouterConfig | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    regions: list[str] | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        description = self.description

        name = self.name

        regions: list[str] | Unset = UNSET
        if not isinstance(self.regions, Unset):
            regions = self.regions

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        uuid = self.uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if regions is not UNSET:
            field_dict["regions"] = regions
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if uuid is not UNSET:
            field_dict["uuid"] = uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_router_config import ApiModelRouterConfig

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: ApiModelRouterConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ApiModelRouterConfig.from_dict(_config)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        regions = cast(list[str], d.pop("regions", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        uuid = d.pop("uuid", UNSET)

        api_model_router = cls(
            config=config,
            created_at=created_at,
            description=description,
            name=name,
            regions=regions,
            updated_at=updated_at,
            uuid=uuid,
        )

        api_model_router.additional_properties = d
        return api_model_router

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
