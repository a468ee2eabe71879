from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AppServiceSpecTermination")


@_attrs_define
class AppServiceSpecTermination:
    """
    Attributes:
        drain_seconds (int | Unset): The number of seconds to wait between selecting a container instance for
            termination and issuing the TERM signal. Selecting a container instance for termination begins an asynchronous
            drain of new requests on upstream load-balancers. (Default 15) Example: 15.
        grace_period_seconds (int | Unset): The number of seconds to wait between sending a TERM signal to a container
            and issuing a KILL which causes immediate shutdown. (Default 120) Example: 120.
    """

    drain_seconds: int | Unset = UNSET
    grace_period_seconds: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        drain_seconds = self.drain_seconds

        grace_period_seconds = self.grace_period_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if drain_seconds is not UNSET:
            field_dict["drain_seconds"] = drain_seconds
        if grace_period_seconds is not UNSET:
            field_dict["grace_period_seconds"] = grace_period_seconds

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        drain_seconds = d.pop("drain_seconds", UNSET)

        grace_period_seconds = d.pop("grace_period_seconds", UNSET)

        app_service_spec_termination = cls(
            drain_seconds=drain_seconds,
            grace_period_seconds=grace_period_seconds,
        )

        app_service_spec_termination.additional_properties = d
        return app_service_spec_termination

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
