from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DedicatedInferenceAccelerator")


@_attrs_define
class DedicatedInferenceAccelerator:
    """A Dedicated Inference accelerator (GPU) in use by an instance.

    Attributes:
        id (UUID | Unset): Unique ID of the accelerator. Example: 5b5c619c-359c-44ca-87e2-47e98170c02f.
        name (str | Unset): Name of the accelerator. Example: mi300x1-ghfpsf.
        slug (str | Unset): DigitalOcean GPU slug. Example: gpu-mi300x1-192gb.
        role (str | Unset): Role of the accelerator (e.g. prefill_decode). Example: prefill_decode.
        status (str | Unset): Status of the accelerator. Example: active.
        created_at (datetime.datetime | Unset):  Example: 2024-01-09T20:44:32Z.
    """

    id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    slug: str | Unset = UNSET
    role: str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        name = self.name

        slug = self.slug

        role = self.role

        status = self.status

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if slug is not UNSET:
            field_dict["slug"] = slug
        if role is not UNSET:
            field_dict["role"] = role
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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

        slug = d.pop("slug", UNSET)

        role = d.pop("role", UNSET)

        status = d.pop("status", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        dedicated_inference_accelerator = cls(
            id=id,
            name=name,
            slug=slug,
            role=role,
            status=status,
            created_at=created_at,
        )

        dedicated_inference_accelerator.additional_properties = d
        return dedicated_inference_accelerator

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
