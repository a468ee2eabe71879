from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cluster_autoscaler_configuration_type_0_expanders_item import (
    ClusterAutoscalerConfigurationType0ExpandersItem,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterAutoscalerConfigurationType0")


@_attrs_define
class ClusterAutoscalerConfigurationType0:
    """An object specifying custom cluster autoscaler configuration.

    Attributes:
        scale_down_utilization_threshold (float | Unset): Used to customize when cluster autoscaler scales down non-
            empty nodes by setting the node utilization threshold. Example: 0.65.
        scale_down_unneeded_time (str | Unset): Used to customize how long a node is unneeded before being scaled down.
            Example: 1m0s.
        expanders (list[ClusterAutoscalerConfigurationType0ExpandersItem] | Unset): Customizes expanders used by
            cluster-autoscaler.
            The autoscaler will apply each expander from the provided list to narrow down the selection of node types
            created to scale up,
            until either a single node type is left, or the list of expanders is exhausted.
            If this flag is unset, autoscaler will use its default expander `random`.
            Passing an empty list (_not_ `null`) will unset any previous expander customizations.

            Available expanders:
            - `random`: Randomly selects a node group to scale.
            - `priority`: Selects the node group with the highest priority as per [user-provided
            configuration](https://docs.digitalocean.com/products/kubernetes/how-to/autoscale/#configuring-priority-
            expander)
            - `least_waste`: Selects the node group that will result in the least amount of idle resources.
             Example: ['priority', 'random'].
    """

    scale_down_utilization_threshold: float | Unset = UNSET
    scale_down_unneeded_time: str | Unset = UNSET
    expanders: list[ClusterAutoscalerConfigurationType0ExpandersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale_down_utilization_threshold = self.scale_down_utilization_threshold

        scale_down_unneeded_time = self.scale_down_unneeded_time

        expanders: list[str] | Unset = UNSET
        if not isinstance(self.expanders, Unset):
            expanders = []
            for expanders_item_data in self.expanders:
                expanders_item = expanders_item_data.value
                expanders.append(expanders_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scale_down_utilization_threshold is not UNSET:
            field_dict["scale_down_utilization_threshold"] = (
                scale_down_utilization_threshold
            )
        if scale_down_unneeded_time is not UNSET:
            field_dict["scale_down_unneeded_time"] = scale_down_unneeded_time
        if expanders is not UNSET:
            field_dict["expanders"] = expanders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        scale_down_utilization_threshold = d.pop(
            "scale_down_utilization_threshold", UNSET
        )

        scale_down_unneeded_time = d.pop("scale_down_unneeded_time", UNSET)

        _expanders = d.pop("expanders", UNSET)
        expanders: list[ClusterAutoscalerConfigurationType0ExpandersItem] | Unset = (
            UNSET
        )
        if _expanders is not UNSET:
            expanders = []
            for expanders_item_data in _expanders:
                expanders_item = ClusterAutoscalerConfigurationType0ExpandersItem(
                    expanders_item_data
                )

                expanders.append(expanders_item)

        cluster_autoscaler_configuration_type_0 = cls(
            scale_down_utilization_threshold=scale_down_utilization_threshold,
            scale_down_unneeded_time=scale_down_unneeded_time,
            expanders=expanders,
        )

        cluster_autoscaler_configuration_type_0.additional_properties = d
        return cluster_autoscaler_configuration_type_0

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
