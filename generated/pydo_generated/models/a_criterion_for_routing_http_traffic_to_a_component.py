from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ACriterionForRoutingHTTPTrafficToAComponent")


@_attrs_define
class ACriterionForRoutingHTTPTrafficToAComponent:
    """
    Attributes:
        path (str | Unset): (Deprecated - Use Ingress Rules instead). An HTTP path prefix. Paths must start with / and
            must be unique across all components within an app. Example: /api.
        preserve_path_prefix (bool | Unset): An optional flag to preserve the path that is forwarded to the backend
            service. By default, the HTTP request path will be trimmed from the left when forwarded to the component. For
            example, a component with `path=/api` will have requests to `/api/list` trimmed to `/list`. If this value is
            `true`, the path will remain `/api/list`. Example: True.
    """

    path: str | Unset = UNSET
    preserve_path_prefix: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        preserve_path_prefix = self.preserve_path_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if preserve_path_prefix is not UNSET:
            field_dict["preserve_path_prefix"] = preserve_path_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        path = d.pop("path", UNSET)

        preserve_path_prefix = d.pop("preserve_path_prefix", UNSET)

        a_criterion_for_routing_http_traffic_to_a_component = cls(
            path=path,
            preserve_path_prefix=preserve_path_prefix,
        )

        a_criterion_for_routing_http_traffic_to_a_component.additional_properties = d
        return a_criterion_for_routing_http_traffic_to_a_component

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
