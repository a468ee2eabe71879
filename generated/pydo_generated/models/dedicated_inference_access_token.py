from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DedicatedInferenceAccessToken")


@_attrs_define
class DedicatedInferenceAccessToken:
    """Access token for authenticating to Dedicated Inference endpoints.

    Attributes:
        id (UUID | Unset): Unique ID of the token. Example: 01333f14-a903-4b8e-92b3-363a767aa052.
        name (str | Unset): Name of the token. Example: first-token.
        value (str | Unset): Token value; only returned once on create. Store securely. Example:
            di_xxxxxxxxxxxxxxxxxxxxxxxx.
        created_at (datetime.datetime | Unset):  Example: 2024-01-09T20:44:32Z.
        is_managed (bool | Unset): When true, the token is managed by DigitalOcean (for example, system-provisioned).
            When false, the token was created by the user. Example: False.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    value: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    is_managed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        value = self.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        is_managed = self.is_managed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if value is not UNSET:
            field_dict["value"] = value
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if is_managed is not UNSET:
            field_dict["is_managed"] = is_managed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        name = d.pop("name", UNSET)

        value = d.pop("value", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        is_managed = d.pop("is_managed", UNSET)

        dedicated_inference_access_token = cls(
            id=id,
            name=name,
            value=value,
            created_at=created_at,
            is_managed=is_managed,
        )

        dedicated_inference_access_token.additional_properties = d
        return dedicated_inference_access_token

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
