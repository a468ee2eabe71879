from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_model_router import ApiModelRouter


T = TypeVar("T", bound="ApiGetModelRouterOutput")


@_attrs_define
class ApiGetModelRouterOutput:
    """The model router

    Attributes:
        model_router (ApiModelRouter | Unset): Model router
    """

    model_router: ApiModelRouter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        model_router: dict[str, Any] | Unset = UNSET
        if not isinstance(self.model_router, Unset):
            model_router = self.model_router.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_router is not UNSET:
            field_dict["model_router"] = model_router

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_model_router import ApiModelRouter

        d = dict(src_dict)
        _model_router = d.pop("model_router", UNSET)
        model_router: ApiModelRouter | Unset
        if isinstance(_model_router, Unset):
            model_router = UNSET
        else:
            model_router = ApiModelRouter.from_dict(_model_router)

        api_get_model_router_output = cls(
            model_router=model_router,
        )

        api_get_model_router_output.additional_properties = d
        return api_get_model_router_output

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
