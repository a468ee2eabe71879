from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_event_type import AppEventType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.an_app_deployment import AnAppDeployment
    from ..models.app_event_autoscaling import AppEventAutoscaling


T = TypeVar("T", bound="AppEvent")


@_attrs_define
class AppEvent:
    """
    Attributes:
        id (str | Unset):  Example: ba32b134-569c-4c0c-ba02-8ffdb0492ece.
        type_ (AppEventType | Unset): The type of event Example: DEPLOYMENT.
        created_at (datetime.datetime | Unset):  Example: 2023-10-01T12:00:00Z.
        deployment_id (str | Unset): For deployment events, this is the same as the deployment's ID. For autoscaling
            events, this is the deployment that was autoscaled. Example: c020763f-ddb7-4112-a0df-7f01c69fc00b.
        deployment (AnAppDeployment | Unset):
        autoscaling (AppEventAutoscaling | Unset): Autoscaling event details. Only present for autoscaling events.
    """

    id: str | Unset = UNSET
    type_: AppEventType | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    deployment_id: str | Unset = UNSET
    deployment: AnAppDeployment | Unset = UNSET
    autoscaling: AppEventAutoscaling | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        deployment_id = self.deployment_id

        deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployment, Unset):
            deployment = self.deployment.to_dict()

        autoscaling: dict[str, Any] | Unset = UNSET
        if not isinstance(self.autoscaling, Unset):
            autoscaling = self.autoscaling.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if deployment is not UNSET:
            field_dict["deployment"] = deployment
        if autoscaling is not UNSET:
            field_dict["autoscaling"] = autoscaling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.an_app_deployment import AnAppDeployment
        from ..models.app_event_autoscaling import AppEventAutoscaling

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: AppEventType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = AppEventType(_type_)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        deployment_id = d.pop("deployment_id", UNSET)

        _deployment = d.pop("deployment", UNSET)
        deployment: AnAppDeployment | Unset
        if isinstance(_deployment, Unset):
            deployment = UNSET
        else:
            deployment = AnAppDeployment.from_dict(_deployment)

        _autoscaling = d.pop("autoscaling", UNSET)
        autoscaling: AppEventAutoscaling | Unset
        if isinstance(_autoscaling, Unset):
            autoscaling = UNSET
        else:
            autoscaling = AppEventAutoscaling.from_dict(_autoscaling)

        app_event = cls(
            id=id,
            type_=type_,
            created_at=created_at,
            deployment_id=deployment_id,
            deployment=deployment,
            autoscaling=autoscaling,
        )

        app_event.additional_properties = d
        return app_event

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
