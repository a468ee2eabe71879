from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.kubernetes_node_pool_taint_effect import KubernetesNodePoolTaintEffect
from ..types import UNSET, Unset

T = TypeVar("T", bound="KubernetesNodePoolTaint")


@_attrs_define
class KubernetesNodePoolTaint:
    """
    Attributes:
        key (str | Unset): An arbitrary string. The `key` and `value` fields of the `taint` object form a key-value
            pair. For example, if the value of the `key` field is "special" and the value of the `value` field is "gpu", the
            key value pair would be `special=gpu`. Example: priority.
        value (str | Unset): An arbitrary string. The `key` and `value` fields of the `taint` object form a key-value
            pair. For example, if the value of the `key` field is "special" and the value of the `value` field is "gpu", the
            key value pair would be `special=gpu`. Example: high.
        effect (KubernetesNodePoolTaintEffect | Unset): How the node reacts to pods that it won't tolerate. Available
            effect values are `NoSchedule`, `PreferNoSchedule`, and `NoExecute`. Example: NoSchedule.
    """

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    effect: KubernetesNodePoolTaintEffect | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        effect: str | Unset = UNSET
        if not isinstance(self.effect, Unset):
            effect = self.effect.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if effect is not UNSET:
            field_dict["effect"] = effect

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        _effect = d.pop("effect", UNSET)
        effect: KubernetesNodePoolTaintEffect | Unset
        if isinstance(_effect, Unset):
            effect = UNSET
        else:
            effect = KubernetesNodePoolTaintEffect(_effect)

        kubernetes_node_pool_taint = cls(
            key=key,
            value=value,
            effect=effect,
        )

        kubernetes_node_pool_taint.additional_properties = d
        return kubernetes_node_pool_taint

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
