from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.namespace_info import NamespaceInfo


T = TypeVar("T", bound="FunctionsCreateNamespaceResponse200")


@_attrs_define
class FunctionsCreateNamespaceResponse200:
    """
    Attributes:
        namespace (NamespaceInfo | Unset):
    """

    namespace: NamespaceInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        namespace: dict[str, Any] | Unset = UNSET
        if not isinstance(self.namespace, Unset):
            namespace = self.namespace.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.namespace_info import NamespaceInfo

        d = dict(src_dict)
        _namespace = d.pop("namespace", UNSET)
        namespace: NamespaceInfo | Unset
        if isinstance(_namespace, Unset):
            namespace = UNSET
        else:
            namespace = NamespaceInfo.from_dict(_namespace)

        functions_create_namespace_response_200 = cls(
            namespace=namespace,
        )

        functions_create_namespace_response_200.additional_properties = d
        return functions_create_namespace_response_200

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
