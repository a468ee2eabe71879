from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterlintResultsDiagnosticsItemObject")


@_attrs_define
class ClusterlintResultsDiagnosticsItemObject:
    """Metadata about the Kubernetes API object the diagnostic is reported on.

    Attributes:
        name (str | Unset): Name of the object Example: foo.
        kind (str | Unset): The kind of Kubernetes API object Example: config map.
        namespace (str | Unset): The namespace the object resides in the cluster. Example: kube-system.
    """

    name: str | Unset = UNSET
    kind: str | Unset = UNSET
    namespace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        kind = self.kind

        namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        kind = d.pop("kind", UNSET)

        namespace = d.pop("namespace", UNSET)

        clusterlint_results_diagnostics_item_object = cls(
            name=name,
            kind=kind,
            namespace=namespace,
        )

        clusterlint_results_diagnostics_item_object.additional_properties = d
        return clusterlint_results_diagnostics_item_object

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
