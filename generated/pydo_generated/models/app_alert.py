from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.app_alert_phase import AppAlertPhase
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_alert_progress import AppAlertProgress
    from ..models.app_alert_slack_webhook import AppAlertSlackWebhook
    from ..models.app_alert_spec import AppAlertSpec


T = TypeVar("T", bound="AppAlert")


@_attrs_define
class AppAlert:
    """
    Attributes:
        id (str | Unset):  Example: 4f6c71e2-1e90-4762-9fee-6cc4a0a9f2cf.
        component_name (str | Unset):  Example: backend.
        spec (AppAlertSpec | Unset):
        emails (list[str] | Unset):  Example: ['sammy@digitalocean.com'].
        slack_webhooks (list[AppAlertSlackWebhook] | Unset):
        phase (AppAlertPhase | Unset):  Example: ACTIVE.
        progress (AppAlertProgress | Unset):
    """

    id: str | Unset = UNSET
    component_name: str | Unset = UNSET
    spec: AppAlertSpec | Unset = UNSET
    emails: list[str] | Unset = UNSET
    slack_webhooks: list[AppAlertSlackWebhook] | Unset = UNSET
    phase: AppAlertPhase | Unset = UNSET
    progress: AppAlertProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        component_name = self.component_name

        spec: dict[str, Any] | Unset = UNSET
        if not isinstance(self.spec, Unset):
            spec = self.spec.to_dict()

        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        slack_webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slack_webhooks, Unset):
            slack_webhooks = []
            for slack_webhooks_item_data in self.slack_webhooks:
                slack_webhooks_item = slack_webhooks_item_data.to_dict()
                slack_webhooks.append(slack_webhooks_item)

        phase: str | Unset = UNSET
        if not isinstance(self.phase, Unset):
            phase = self.phase.value

        progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.progress, Unset):
            progress = self.progress.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if component_name is not UNSET:
            field_dict["component_name"] = component_name
        if spec is not UNSET:
            field_dict["spec"] = spec
        if emails is not UNSET:
            field_dict["emails"] = emails
        if slack_webhooks is not UNSET:
            field_dict["slack_webhooks"] = slack_webhooks
        if phase is not UNSET:
            field_dict["phase"] = phase
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_alert_progress import AppAlertProgress
        from ..models.app_alert_slack_webhook import AppAlertSlackWebhook
        from ..models.app_alert_spec import AppAlertSpec

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        component_name = d.pop("component_name", UNSET)

        _spec = d.pop("spec", UNSET)
        spec: AppAlertSpec | Unset
        if isinstance(_spec, Unset):
            spec = UNSET
        else:
            spec = AppAlertSpec.from_dict(_spec)

        emails = cast(list[str], d.pop("emails", UNSET))

        _slack_webhooks = d.pop("slack_webhooks", UNSET)
        slack_webhooks: list[AppAlertSlackWebhook] | Unset = UNSET
        if _slack_webhooks is not UNSET:
            slack_webhooks = []
            for slack_webhooks_item_data in _slack_webhooks:
                slack_webhooks_item = AppAlertSlackWebhook.from_dict(
                    slack_webhooks_item_data
                )

                slack_webhooks.append(slack_webhooks_item)

        _phase = d.pop("phase", UNSET)
        phase: AppAlertPhase | Unset
        if isinstance(_phase, Unset):
            phase = UNSET
        else:
            phase = AppAlertPhase(_phase)

        _progress = d.pop("progress", UNSET)
        progress: AppAlertProgress | Unset
        if isinstance(_progress, Unset):
            progress = UNSET
        else:
            progress = AppAlertProgress.from_dict(_progress)

        app_alert = cls(
            id=id,
            component_name=component_name,
            spec=spec,
            emails=emails,
            slack_webhooks=slack_webhooks,
            phase=phase,
            progress=progress,
        )

        app_alert.additional_properties = d
        return app_alert

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
