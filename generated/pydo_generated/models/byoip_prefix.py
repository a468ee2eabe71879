from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.byoip_prefix_validations_item import ByoipPrefixValidationsItem


T = TypeVar("T", bound="ByoipPrefix")


@_attrs_define
class ByoipPrefix:
    """
    Attributes:
        uuid (str | Unset): Unique identifier for the BYOIP prefix Example: f47ac10b-58cc-4372-a567-0e02b2c3d479.
        name (str | Unset): Name of the BYOIP prefix
        prefix (str | Unset): The IP prefix in CIDR notation Example: 203.0.113.0/24.
        status (str | Unset): Status of the BYOIP prefix Example: active.
        region (str | Unset): Region where the BYOIP prefix is located Example: nyc3.
        validations (list[ByoipPrefixValidationsItem] | Unset): List of validation statuses for the BYOIP prefix
        failure_reason (str | Unset): Reason for failure, if applicable
        locked (bool | Unset): Whether the BYOIP prefix is locked Example: False.
        advertised (bool | Unset): Whether the BYOIP prefix is being advertised Example: True.
        project_id (str | Unset): The ID of the project associated with the BYOIP prefix Example:
            12345678-1234-1234-1234-123456789012.
    """

    uuid: str | Unset = UNSET
    name: str | Unset = UNSET
    prefix: str | Unset = UNSET
    status: str | Unset = UNSET
    region: str | Unset = UNSET
    validations: list[ByoipPrefixValidationsItem] | Unset = UNSET
    failure_reason: str | Unset = UNSET
    locked: bool | Unset = UNSET
    advertised: bool | Unset = UNSET
    project_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        name = self.name

        prefix = self.prefix

        status = self.status

        region = self.region

        validations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.validations, Unset):
            validations = []
            for validations_item_data in self.validations:
                validations_item = validations_item_data.to_dict()
                validations.append(validations_item)

        failure_reason = self.failure_reason

        locked = self.locked

        advertised = self.advertised

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if name is not UNSET:
            field_dict["name"] = name
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if status is not UNSET:
            field_dict["status"] = status
        if region is not UNSET:
            field_dict["region"] = region
        if validations is not UNSET:
            field_dict["validations"] = validations
        if failure_reason is not UNSET:
            field_dict["failure_reason"] = failure_reason
        if locked is not UNSET:
            field_dict["locked"] = locked
        if advertised is not UNSET:
            field_dict["advertised"] = advertised
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.byoip_prefix_validations_item import ByoipPrefixValidationsItem

        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        name = d.pop("name", UNSET)

        prefix = d.pop("prefix", UNSET)

        status = d.pop("status", UNSET)

        region = d.pop("region", UNSET)

        _validations = d.pop("validations", UNSET)
        validations: list[ByoipPrefixValidationsItem] | Unset = UNSET
        if _validations is not UNSET:
            validations = []
            for validations_item_data in _validations:
                validations_item = ByoipPrefixValidationsItem.from_dict(
                    validations_item_data
                )

                validations.append(validations_item)

        failure_reason = d.pop("failure_reason", UNSET)

        locked = d.pop("locked", UNSET)

        advertised = d.pop("advertised", UNSET)

        project_id = d.pop("project_id", UNSET)

        byoip_prefix = cls(
            uuid=uuid,
            name=name,
            prefix=prefix,
            status=status,
            region=region,
            validations=validations,
            failure_reason=failure_reason,
            locked=locked,
            advertised=advertised,
            project_id=project_id,
        )

        byoip_prefix.additional_properties = d
        return byoip_prefix

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
