from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterlintRequest")


@_attrs_define
class ClusterlintRequest:
    """
    Attributes:
        include_groups (list[str] | Unset): An array of check groups that will be run when clusterlint executes checks.
            Example: ['basic', 'doks', 'security'].
        include_checks (list[str] | Unset): An array of checks that will be run when clusterlint executes checks.
            Example: ['bare-pods', 'resource-requirements'].
        exclude_groups (list[str] | Unset): An array of check groups that will be omitted when clusterlint executes
            checks. Example: ['workload-health'].
        exclude_checks (list[str] | Unset): An array of checks that will be run when clusterlint executes checks.
            Example: ['default-namespace'].
    """

    include_groups: list[str] | Unset = UNSET
    include_checks: list[str] | Unset = UNSET
    exclude_groups: list[str] | Unset = UNSET
    exclude_checks: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        include_groups: list[str] | Unset = UNSET
        if not isinstance(self.include_groups, Unset):
            include_groups = self.include_groups

        include_checks: list[str] | Unset = UNSET
        if not isinstance(self.include_checks, Unset):
            include_checks = self.include_checks

        exclude_groups: list[str] | Unset = UNSET
        if not isinstance(self.exclude_groups, Unset):
            exclude_groups = self.exclude_groups

        exclude_checks: list[str] | Unset = UNSET
        if not isinstance(self.exclude_checks, Unset):
            exclude_checks = self.exclude_checks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if include_groups is not UNSET:
            field_dict["include_groups"] = include_groups
        if include_checks is not UNSET:
            field_dict["include_checks"] = include_checks
        if exclude_groups is not UNSET:
            field_dict["exclude_groups"] = exclude_groups
        if exclude_checks is not UNSET:
            field_dict["exclude_checks"] = exclude_checks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        include_groups = cast(list[str], d.pop("include_groups", UNSET))

        include_checks = cast(list[str], d.pop("include_checks", UNSET))

        exclude_groups = cast(list[str], d.pop("exclude_groups", UNSET))

        exclude_checks = cast(list[str], d.pop("exclude_checks", UNSET))

        clusterlint_request = cls(
            include_groups=include_groups,
            include_checks=include_checks,
            exclude_groups=exclude_groups,
            exclude_checks=exclude_checks,
        )

        clusterlint_request.additional_properties = d
        return clusterlint_request

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
