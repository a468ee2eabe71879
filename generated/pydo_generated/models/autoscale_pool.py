from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.autoscale_pool_status import AutoscalePoolStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.autoscale_pool_droplet_template import AutoscalePoolDropletTemplate
    from ..models.autoscale_pool_dynamic_config import AutoscalePoolDynamicConfig
    from ..models.autoscale_pool_static_config import AutoscalePoolStaticConfig
    from ..models.current_utilization import CurrentUtilization


T = TypeVar("T", bound="AutoscalePool")


@_attrs_define
class AutoscalePool:
    """
    Attributes:
        id (str): A unique identifier for each autoscale pool instance. This is automatically generated upon autoscale
            pool creation. Example: 0d3db13e-a604-4944-9827-7ec2642d32ac.
        name (str): The human-readable name set for the autoscale pool. Example: my-autoscale-pool.
        config (AutoscalePoolDynamicConfig | AutoscalePoolStaticConfig): The scaling configuration for an autoscale
            pool, which is how the pool scales up and down (either by resource utilization or static configuration).
        droplet_template (AutoscalePoolDropletTemplate):
        created_at (datetime.datetime): A time value given in ISO8601 combined date and time format that represents when
            the autoscale pool was created. Example: 2020-07-28T18:00:00Z.
        updated_at (datetime.datetime): A time value given in ISO8601 combined date and time format that represents when
            the autoscale pool was last updated. Example: 2020-07-28T18:00:00Z.
        status (AutoscalePoolStatus): The current status of the autoscale pool. Example: active.
        active_resources_count (int): The number of active Droplets in the autoscale pool. Example: 1.
        current_utilization (CurrentUtilization | Unset):
    """

    id: str
    name: str
    config: AutoscalePoolDynamicConfig | AutoscalePoolStaticConfig
    droplet_template: AutoscalePoolDropletTemplate
    created_at: datetime.datetime
    updated_at: datetime.datetime
    status: AutoscalePoolStatus
    active_resources_count: int
    current_utilization: CurrentUtilization | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.autoscale_pool_static_config import AutoscalePoolStaticConfig

        id = self.id

        name = self.name

        config: dict[str, Any]
        if isinstance(self.config, AutoscalePoolStaticConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        droplet_template = self.droplet_template.to_dict()

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        status = self.status.value

        active_resources_count = self.active_resources_count

        current_utilization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_utilization, Unset):
            current_utilization = self.current_utilization.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "config": config,
                "droplet_template": droplet_template,
                "created_at": created_at,
                "updated_at": updated_at,
                "status": status,
                "active_resources_count": active_resources_count,
            }
        )
        if current_utilization is not UNSET:
            field_dict["current_utilization"] = current_utilization

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.autoscale_pool_droplet_template import (
            AutoscalePoolDropletTemplate,
        )
        from ..models.autoscale_pool_dynamic_config import AutoscalePoolDynamicConfig
        from ..models.autoscale_pool_static_config import AutoscalePoolStaticConfig
        from ..models.current_utilization import CurrentUtilization

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_config(
            data: object,
        ) -> AutoscalePoolDynamicConfig | AutoscalePoolStaticConfig:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = AutoscalePoolStaticConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            config_type_1 = AutoscalePoolDynamicConfig.from_dict(data)

            return config_type_1

        config = _parse_config(d.pop("config"))

        droplet_template = AutoscalePoolDropletTemplate.from_dict(
            d.pop("droplet_template")
        )

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        status = AutoscalePoolStatus(d.pop("status"))

        active_resources_count = d.pop("active_resources_count")

        _current_utilization = d.pop("current_utilization", UNSET)
        current_utilization: CurrentUtilization | Unset
        if isinstance(_current_utilization, Unset):
            current_utilization = UNSET
        else:
            current_utilization = CurrentUtilization.from_dict(_current_utilization)

        autoscale_pool = cls(
            id=id,
            name=name,
            config=config,
            droplet_template=droplet_template,
            created_at=created_at,
            updated_at=updated_at,
            status=status,
            active_resources_count=active_resources_count,
            current_utilization=current_utilization,
        )

        autoscale_pool.additional_properties = d
        return autoscale_pool

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
