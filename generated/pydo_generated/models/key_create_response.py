from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.grant import Grant


T = TypeVar("T", bound="KeyCreateResponse")


@_attrs_define
class KeyCreateResponse:
    """
    Attributes:
        name (str | Unset): The access key's name. Example: my-access-key.
        grants (list[Grant] | Unset): The list of permissions for the access key.
        access_key (str | Unset): The Access Key ID used to access a bucket. Example: DOACCESSKEYEXAMPLE.
        created_at (datetime.datetime | Unset): The date and time the key was created. Example: 2018-07-19T15:04:16Z.
        secret_key (str | Unset): The secret key used to access the bucket. We return secret keys only once upon
            creation. Make sure to copy the key and securely store it. Example: DOSECRETKEYEXAMPLE.
    """

    name: str | Unset = UNSET
    grants: list[Grant] | Unset = UNSET
    access_key: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    secret_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        grants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.grants, Unset):
            grants = []
            for grants_item_data in self.grants:
                grants_item = grants_item_data.to_dict()
                grants.append(grants_item)

        access_key = self.access_key

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        secret_key = self.secret_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if grants is not UNSET:
            field_dict["grants"] = grants
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if secret_key is not UNSET:
            field_dict["secret_key"] = secret_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.grant import Grant

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _grants = d.pop("grants", UNSET)
        grants: list[Grant] | Unset = UNSET
        if _grants is not UNSET:
            grants = []
            for grants_item_data in _grants:
                grants_item = Grant.from_dict(grants_item_data)

                grants.append(grants_item)

        access_key = d.pop("access_key", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        secret_key = d.pop("secret_key", UNSET)

        key_create_response = cls(
            name=name,
            grants=grants,
            access_key=access_key,
            created_at=created_at,
            secret_key=secret_key,
        )

        key_create_response.additional_properties = d
        return key_create_response

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
