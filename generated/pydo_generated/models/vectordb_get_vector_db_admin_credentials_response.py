from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VectordbGetVectorDBAdminCredentialsResponse")


@_attrs_define
class VectordbGetVectorDBAdminCredentialsResponse:
    """
    Attributes:
        api_token (str | Unset): API token for that user. Example: example string.
        user_id (str | Unset): Database user id from the cluster secret (opaque; matches what was provisioned). Example:
            123e4567-e89b-12d3-a456-426614174000.
    """

    api_token: str | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_token = self.api_token

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_token is not UNSET:
            field_dict["api_token"] = api_token
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        api_token = d.pop("api_token", UNSET)

        user_id = d.pop("user_id", UNSET)

        vectordb_get_vector_db_admin_credentials_response = cls(
            api_token=api_token,
            user_id=user_id,
        )

        vectordb_get_vector_db_admin_credentials_response.additional_properties = d
        return vectordb_get_vector_db_admin_credentials_response

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
