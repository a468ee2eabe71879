from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_spec import AppSpec


T = TypeVar("T", bound="AppPropose")


@_attrs_define
class AppPropose:
    """
    Attributes:
        spec (AppSpec): The desired configuration of an application.
        app_id (str | Unset): An optional ID of an existing app. If set, the spec will be treated as a proposed update
            to the specified app. The existing app is not modified using this method. Example:
            b6bdf840-2854-4f87-a36c-5f231c617c84.
    """

    spec: AppSpec
    app_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spec = self.spec.to_dict()

        app_id = self.app_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spec": spec,
            }
        )
        if app_id is not UNSET:
            field_dict["app_id"] = app_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_spec import AppSpec

        d = dict(src_dict)
        spec = AppSpec.from_dict(d.pop("spec"))

        app_id = d.pop("app_id", UNSET)

        app_propose = cls(
            spec=spec,
            app_id=app_id,
        )

        app_propose.additional_properties = d
        return app_propose

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
