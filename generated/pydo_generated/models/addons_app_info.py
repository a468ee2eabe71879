from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.addons_plan import AddonsPlan


T = TypeVar("T", bound="AddonsAppInfo")


@_attrs_define
class AddonsAppInfo:
    """
    Attributes:
        app_slug (str): The slug identifier for the application associated with the resource. Example: example-app.
        tos (str): The Terms of Service URL for the resource. Example: https://example.com/tos.
        eula (str): The End User License Agreement URL for the resource. Example: https://example.com/eula.
        plans (list[AddonsPlan]): A list of plans available for the resource.
    """

    app_slug: str
    tos: str
    eula: str
    plans: list[AddonsPlan]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_slug = self.app_slug

        tos = self.tos

        eula = self.eula

        plans = []
        for plans_item_data in self.plans:
            plans_item = plans_item_data.to_dict()
            plans.append(plans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "app_slug": app_slug,
                "tos": tos,
                "eula": eula,
                "plans": plans,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.addons_plan import AddonsPlan

        d = dict(src_dict)
        app_slug = d.pop("app_slug")

        tos = d.pop("tos")

        eula = d.pop("eula")

        plans = []
        _plans = d.pop("plans")
        for plans_item_data in _plans:
            plans_item = AddonsPlan.from_dict(plans_item_data)

            plans.append(plans_item)

        addons_app_info = cls(
            app_slug=app_slug,
            tos=tos,
            eula=eula,
            plans=plans,
        )

        addons_app_info.additional_properties = d
        return addons_app_info

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
