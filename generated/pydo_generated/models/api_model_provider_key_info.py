from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_model_provider import ApiModelProvider
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model import ApiModel


T = TypeVar("T", bound="ApiModelProviderKeyInfo")


@_attrs_define
class ApiModelProviderKeyInfo:
    """
    Attributes:
        api_key_uuid (str | Unset): API key ID Example: 123e4567-e89b-12d3-a456-426614174000.
        created_at (datetime.datetime | Unset): Key creation date Example: 2023-01-01T00:00:00Z.
        created_by (str | Unset): Created by user id from DO Example: 12345.
        deleted_at (datetime.datetime | Unset): Key deleted date Example: 2023-01-01T00:00:00Z.
        models (list[ApiModel] | Unset): Models supported by the openAI api key
        name (str | Unset): Name of the key Example: example name.
        provider (ApiModelProvider | Unset):  Example: MODEL_PROVIDER_DIGITALOCEAN.
        updated_at (datetime.datetime | Unset): Key last updated date Example: 2023-01-01T00:00:00Z.
    """

    api_key_uuid: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: str | Unset = UNSET
    deleted_at: datetime.datetime | Unset = UNSET
    models: list[ApiModel] | Unset = UNSET
    name: str | Unset = UNSET
    provider: ApiModelProvider | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key_uuid = self.api_key_uuid

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by = self.created_by

        deleted_at: str | Unset = UNSET
        if not isinstance(self.deleted_at, Unset):
            deleted_at = self.deleted_at.isoformat()

        models: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = []
            for models_item_data in self.models:
                models_item = models_item_data.to_dict()
                models.append(models_item)

        name = self.name

        provider: str | Unset = UNSET
        if not isinstance(self.provider, Unset):
            provider = self.provider.value

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key_uuid is not UNSET:
            field_dict["api_key_uuid"] = api_key_uuid
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if deleted_at is not UNSET:
            field_dict["deleted_at"] = deleted_at
        if models is not UNSET:
            field_dict["models"] = models
        if name is not UNSET:
            field_dict["name"] = name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model import ApiModel

        d = dict(src_dict)
        api_key_uuid = d.pop("api_key_uuid", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        created_by = d.pop("created_by", UNSET)

        _deleted_at = d.pop("deleted_at", UNSET)
        deleted_at: datetime.datetime | Unset
        if isinstance(_deleted_at, Unset):
            deleted_at = UNSET
        else:
            deleted_at = datetime.datetime.fromisoformat(_deleted_at)

        _models = d.pop("models", UNSET)
        models: list[ApiModel] | Unset = UNSET
        if _models is not UNSET:
            models = []
            for models_item_data in _models:
                models_item = ApiModel.from_dict(models_item_data)

                models.append(models_item)

        name = d.pop("name", UNSET)

        _provider = d.pop("provider", UNSET)
        provider: ApiModelProvider | Unset
        if isinstance(_provider, Unset):
            provider = UNSET
        else:
            provider = ApiModelProvider(_provider)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        api_model_provider_key_info = cls(
            api_key_uuid=api_key_uuid,
            created_at=created_at,
            created_by=created_by,
            deleted_at=deleted_at,
            models=models,
            name=name,
            provider=provider,
            updated_at=updated_at,
        )

        api_model_provider_key_info.additional_properties = d
        return api_model_provider_key_info

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
