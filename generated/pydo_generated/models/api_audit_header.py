from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiAuditHeader")


@_attrs_define
class ApiAuditHeader:
    """An alternative way to provide auth information. for internal use only.

    Attributes:
        actor_id (str | Unset):  Example: 12345.
        actor_ip (str | Unset):  Example: example string.
        actor_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
        context_urn (str | Unset):  Example: example string.
        origin_application (str | Unset):  Example: example string.
        user_id (str | Unset):  Example: 12345.
        user_uuid (str | Unset):  Example: 123e4567-e89b-12d3-a456-426614174000.
    """

    actor_id: str | Unset = UNSET
    actor_ip: str | Unset = UNSET
    actor_uuid: str | Unset = UNSET
    context_urn: str | Unset = UNSET
    origin_application: str | Unset = UNSET
    user_id: str | Unset = UNSET
    user_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        actor_id = self.actor_id

        actor_ip = self.actor_ip

        actor_uuid = self.actor_uuid

        context_urn = self.context_urn

        origin_application = self.origin_application

        user_id = self.user_id

        user_uuid = self.user_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if actor_id is not UNSET:
            field_dict["actor_id"] = actor_id
        if actor_ip is not UNSET:
            field_dict["actor_ip"] = actor_ip
        if actor_uuid is not UNSET:
            field_dict["actor_uuid"] = actor_uuid
        if context_urn is not UNSET:
            field_dict["context_urn"] = context_urn
        if origin_application is not UNSET:
            field_dict["origin_application"] = origin_application
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if user_uuid is not UNSET:
            field_dict["user_uuid"] = user_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        actor_id = d.pop("actor_id", UNSET)

        actor_ip = d.pop("actor_ip", UNSET)

        actor_uuid = d.pop("actor_uuid", UNSET)

        context_urn = d.pop("context_urn", UNSET)

        origin_application = d.pop("origin_application", UNSET)

        user_id = d.pop("user_id", UNSET)

        user_uuid = d.pop("user_uuid", UNSET)

        api_audit_header = cls(
            actor_id=actor_id,
            actor_ip=actor_ip,
            actor_uuid=actor_uuid,
            context_urn=context_urn,
            origin_application=origin_application,
            user_id=user_id,
            user_uuid=user_uuid,
        )

        api_audit_header.additional_properties = d
        return api_audit_header

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
