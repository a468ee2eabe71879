from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppIngressSpecRuleRoutingComponent")


@_attrs_define
class AppIngressSpecRuleRoutingComponent:
    """The component to route to. Only one of `component` or `redirect` may be set.

    Attributes:
        name (str): The name of the component to route to. Example: web.
        preserve_path_prefix (str | Unset): An optional flag to preserve the path that is forwarded to the backend
            service. By default, the HTTP request path will be trimmed from the left when forwarded to the component. For
            example, a component with `path=/api` will have requests to `/api/list` trimmed to `/list`. If this value is
            `true`, the path will remain `/api/list`. Note: this is not applicable for Functions Components and is mutually
            exclusive with `rewrite`. Example: true.
        rewrite (str | Unset): An optional field that will rewrite the path of the component to be what is specified
            here. By default, the HTTP request path will be trimmed from the left when forwarded to the component. For
            example, a component with `path=/api` will have requests to `/api/list` trimmed to `/list`. If you specified the
            rewrite to be `/v1/`, requests to `/api/list` would be rewritten to `/v1/list`. Note: this is mutually exclusive
            with `preserve_path_prefix`. Example: /api/v1/.
    """

    name: str
    preserve_path_prefix: str | Unset = UNSET
    rewrite: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        preserve_path_prefix = self.preserve_path_prefix

        rewrite = self.rewrite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if preserve_path_prefix is not UNSET:
            field_dict["preserve_path_prefix"] = preserve_path_prefix
        if rewrite is not UNSET:
            field_dict["rewrite"] = rewrite

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        preserve_path_prefix = d.pop("preserve_path_prefix", UNSET)

        rewrite = d.pop("rewrite", UNSET)

        app_ingress_spec_rule_routing_component = cls(
            name=name,
            preserve_path_prefix=preserve_path_prefix,
            rewrite=rewrite,
        )

        app_ingress_spec_rule_routing_component.additional_properties = d
        return app_ingress_spec_rule_routing_component

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
