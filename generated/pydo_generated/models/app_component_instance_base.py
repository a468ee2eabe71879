from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_component_instance_base_deprecated import (
    AppComponentInstanceBaseDeprecated,
)
from ..models.app_component_instance_base_size_slug import (
    AppComponentInstanceBaseSizeSlug,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AppComponentInstanceBase")


@_attrs_define
class AppComponentInstanceBase:
    """
    Attributes:
        instance_count (int | Unset): The amount of instances that this component should be scaled to. Default: 1. Must
            not be set if autoscaling is used. Default: 1. Example: 2.
        instance_size_slug (AppComponentInstanceBaseDeprecated | AppComponentInstanceBaseSizeSlug | Unset): The instance
            size to use for this component. Default: `apps-s-1vcpu-0.5gb` Example: apps-s-1vcpu-0.5gb.
    """

    instance_count: int | Unset = 1
    instance_size_slug: (
        AppComponentInstanceBaseDeprecated | AppComponentInstanceBaseSizeSlug | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instance_count = self.instance_count

        instance_size_slug: str | Unset
        if isinstance(self.instance_size_slug, Unset):
            instance_size_slug = UNSET
        elif isinstance(self.instance_size_slug, AppComponentInstanceBaseSizeSlug):
            instance_size_slug = self.instance_size_slug.value
        else:
            instance_size_slug = self.instance_size_slug.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if instance_count is not UNSET:
            field_dict["instance_count"] = instance_count
        if instance_size_slug is not UNSET:
            field_dict["instance_size_slug"] = instance_size_slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        instance_count = d.pop("instance_count", UNSET)

        def _parse_instance_size_slug(
            data: object,
        ) -> (
            AppComponentInstanceBaseDeprecated
            | AppComponentInstanceBaseSizeSlug
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                instance_size_slug_size_slug = AppComponentInstanceBaseSizeSlug(data)

                return instance_size_slug_size_slug
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            instance_size_slug_deprecated = AppComponentInstanceBaseDeprecated(data)

            return instance_size_slug_deprecated

        instance_size_slug = _parse_instance_size_slug(
            d.pop("instance_size_slug", UNSET)
        )

        app_component_instance_base = cls(
            instance_count=instance_count,
            instance_size_slug=instance_size_slug,
        )

        app_component_instance_base.additional_properties = d
        return app_component_instance_base

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
