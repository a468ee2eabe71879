from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.glb_settings_target_protocol import GlbSettingsTargetProtocol
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.glb_settings_cdn import GlbSettingsCdn
    from ..models.glb_settings_region_priorities import GlbSettingsRegionPriorities


T = TypeVar("T", bound="GlbSettings")


@_attrs_define
class GlbSettings:
    """An object specifying forwarding configurations for a Global load balancer.

    Attributes:
        target_protocol (GlbSettingsTargetProtocol | Unset): The protocol used for forwarding traffic from the load
            balancer to the target backends. The possible values are `http`, `https` and `http2`. Example: http.
        target_port (int | Unset): An integer representing the port on the target backends which the load balancer will
            forward traffic to. Example: 80.
        cdn (GlbSettingsCdn | Unset): An object specifying CDN configurations for a Global load balancer.
        region_priorities (GlbSettingsRegionPriorities | Unset): A map of region string to an integer priority value
            indicating preference for which regional target a Global load balancer will forward traffic to. A lower value
            indicates a higher priority. Example: {'nyc1': 1, 'fra1': 2, 'sgp1': 3}.
        failover_threshold (int | Unset): An integer value as a percentage to indicate failure threshold to decide how
            the regional priorities will take effect. A value of `50` would indicate that the Global load balancer will
            choose a lower priority region to forward traffic to once this failure threshold has been reached for the higher
            priority region. Example: 50.
    """

    target_protocol: GlbSettingsTargetProtocol | Unset = UNSET
    target_port: int | Unset = UNSET
    cdn: GlbSettingsCdn | Unset = UNSET
    region_priorities: GlbSettingsRegionPriorities | Unset = UNSET
    failover_threshold: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_protocol: str | Unset = UNSET
        if not isinstance(self.target_protocol, Unset):
            target_protocol = self.target_protocol.value

        target_port = self.target_port

        cdn: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cdn, Unset):
            cdn = self.cdn.to_dict()

        region_priorities: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region_priorities, Unset):
            region_priorities = self.region_priorities.to_dict()

        failover_threshold = self.failover_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_protocol is not UNSET:
            field_dict["target_protocol"] = target_protocol
        if target_port is not UNSET:
            field_dict["target_port"] = target_port
        if cdn is not UNSET:
            field_dict["cdn"] = cdn
        if region_priorities is not UNSET:
            field_dict["region_priorities"] = region_priorities
        if failover_threshold is not UNSET:
            field_dict["failover_threshold"] = failover_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.glb_settings_cdn import GlbSettingsCdn
        from ..models.glb_settings_region_priorities import GlbSettingsRegionPriorities

        d = dict(src_dict)
        _target_protocol = d.pop("target_protocol", UNSET)
        target_protocol: GlbSettingsTargetProtocol | Unset
        if isinstance(_target_protocol, Unset):
            target_protocol = UNSET
        else:
            target_protocol = GlbSettingsTargetProtocol(_target_protocol)

        target_port = d.pop("target_port", UNSET)

        _cdn = d.pop("cdn", UNSET)
        cdn: GlbSettingsCdn | Unset
        if isinstance(_cdn, Unset):
            cdn = UNSET
        else:
            cdn = GlbSettingsCdn.from_dict(_cdn)

        _region_priorities = d.pop("region_priorities", UNSET)
        region_priorities: GlbSettingsRegionPriorities | Unset
        if isinstance(_region_priorities, Unset):
            region_priorities = UNSET
        else:
            region_priorities = GlbSettingsRegionPriorities.from_dict(
                _region_priorities
            )

        failover_threshold = d.pop("failover_threshold", UNSET)

        glb_settings = cls(
            target_protocol=target_protocol,
            target_port=target_port,
            cdn=cdn,
            region_priorities=region_priorities,
            failover_threshold=failover_threshold,
        )

        glb_settings.additional_properties = d
        return glb_settings

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
