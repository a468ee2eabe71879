from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_router_config import ApiModelRouterConfig


T = TypeVar("T", bound="ApiModelRouterPreset")


@_attrs_define
class ApiModelRouterPreset:
    """Model router preset used to prefill new router configurations.

    Attributes:
        config (ApiModelRouterConfig | Unset):
        display_name (str | Unset): Display name for UI surfaces Example: example name.
        long_description (str | Unset): Long description for details views Example: example string.
        short_description (str | Unset): Short description for list views Example: example string.
        slug (str | Unset): Stable slug for routing usage Example: example string.
    """

    config: ApiModelRouterConfig | Unset = UNSET
    display_name: str | Unset = UNSET
    long_description: str | Unset = UNSET
    short_description: str | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        display_name = self.display_name

        long_description = self.long_description

        short_description = self.short_description

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if config is not UNSET:
            field_dict["config"] = config
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if long_description is not UNSET:
            field_dict["long_description"] = long_description
        if short_description is not UNSET:
            field_dict["short_description"] = short_description
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_router_config import ApiModelRouterConfig

        d = dict(src_dict)
        _config = d.pop("config", UNSET)
        config: ApiModelRouterConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ApiModelRouterConfig.from_dict(_config)

        display_name = d.pop("display_name", UNSET)

        long_description = d.pop("long_description", UNSET)

        short_description = d.pop("short_description", UNSET)

        slug = d.pop("slug", UNSET)

        api_model_router_preset = cls(
            config=config,
            display_name=display_name,
            long_description=long_description,
            short_description=short_description,
            slug=slug,
        )

        api_model_router_preset.additional_properties = d
        return api_model_router_preset

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
