from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_audit_header import ApiAuditHeader


T = TypeVar("T", bound="ApiRollbackToAgentVersionOutput")


@_attrs_define
class ApiRollbackToAgentVersionOutput:
    """
    Attributes:
        audit_header (ApiAuditHeader | Unset): An alternative way to provide auth information. for internal use only.
        version_hash (str | Unset): Unique identifier Example: example string.
    """

    audit_header: ApiAuditHeader | Unset = UNSET
    version_hash: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audit_header: dict[str, Any] | Unset = UNSET
        if not isinstance(self.audit_header, Unset):
            audit_header = self.audit_header.to_dict()

        version_hash = self.version_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if audit_header is not UNSET:
            field_dict["audit_header"] = audit_header
        if version_hash is not UNSET:
            field_dict["version_hash"] = version_hash

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_audit_header import ApiAuditHeader

        d = dict(src_dict)
        _audit_header = d.pop("audit_header", UNSET)
        audit_header: ApiAuditHeader | Unset
        if isinstance(_audit_header, Unset):
            audit_header = UNSET
        else:
            audit_header = ApiAuditHeader.from_dict(_audit_header)

        version_hash = d.pop("version_hash", UNSET)

        api_rollback_to_agent_version_output = cls(
            audit_header=audit_header,
            version_hash=version_hash,
        )

        api_rollback_to_agent_version_output.additional_properties = d
        return api_rollback_to_agent_version_output

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
