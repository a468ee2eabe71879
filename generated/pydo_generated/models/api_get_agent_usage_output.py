from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_resource_usage import ApiResourceUsage


T = TypeVar("T", bound="ApiGetAgentUsageOutput")


@_attrs_define
class ApiGetAgentUsageOutput:
    """Agent usage

    Attributes:
        log_insights_usage (ApiResourceUsage | Unset): Resource Usage Description
        usage (ApiResourceUsage | Unset): Resource Usage Description
    """

    log_insights_usage: ApiResourceUsage | Unset = UNSET
    usage: ApiResourceUsage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        log_insights_usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.log_insights_usage, Unset):
            log_insights_usage = self.log_insights_usage.to_dict()

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if log_insights_usage is not UNSET:
            field_dict["log_insights_usage"] = log_insights_usage
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_resource_usage import ApiResourceUsage

        d = dict(src_dict)
        _log_insights_usage = d.pop("log_insights_usage", UNSET)
        log_insights_usage: ApiResourceUsage | Unset
        if isinstance(_log_insights_usage, Unset):
            log_insights_usage = UNSET
        else:
            log_insights_usage = ApiResourceUsage.from_dict(_log_insights_usage)

        _usage = d.pop("usage", UNSET)
        usage: ApiResourceUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = ApiResourceUsage.from_dict(_usage)

        api_get_agent_usage_output = cls(
            log_insights_usage=log_insights_usage,
            usage=usage,
        )

        api_get_agent_usage_output.additional_properties = d
        return api_get_agent_usage_output

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
