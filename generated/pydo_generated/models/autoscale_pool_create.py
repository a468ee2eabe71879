from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.autoscale_pool_droplet_template import AutoscalePoolDropletTemplate
    from ..models.autoscale_pool_dynamic_config import AutoscalePoolDynamicConfig
    from ..models.autoscale_pool_static_config import AutoscalePoolStaticConfig


T = TypeVar("T", bound="AutoscalePoolCreate")


@_attrs_define
class AutoscalePoolCreate:
    """
    Attributes:
        name (str): The human-readable name of the autoscale pool. This field cannot be updated Example: my-autoscale-
            pool.
        config (AutoscalePoolDynamicConfig | AutoscalePoolStaticConfig): The scaling configuration for an autoscale
            pool, which is how the pool scales up and down (either by resource utilization or static configuration).
        droplet_template (AutoscalePoolDropletTemplate):
    """

    name: str
    config: AutoscalePoolDynamicConfig | AutoscalePoolStaticConfig
    droplet_template: AutoscalePoolDropletTemplate
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.autoscale_pool_static_config import AutoscalePoolStaticConfig

        name = self.name

        config: dict[str, Any]
        if isinstance(self.config, AutoscalePoolStaticConfig):
            config = self.config.to_dict()
        else:
            config = self.config.to_dict()

        droplet_template = self.droplet_template.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "config": config,
                "droplet_template": droplet_template,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.autoscale_pool_droplet_template import (
            AutoscalePoolDropletTemplate,
        )
        from ..models.autoscale_pool_dynamic_config import AutoscalePoolDynamicConfig
        from ..models.autoscale_pool_static_config import AutoscalePoolStaticConfig

        d = dict(src_dict)
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

        autoscale_pool_create = cls(
            name=name,
            config=config,
            droplet_template=droplet_template,
        )

        autoscale_pool_create.additional_properties = d
        return autoscale_pool_create

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
