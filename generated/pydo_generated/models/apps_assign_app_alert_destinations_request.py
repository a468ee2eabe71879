from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.app_alert_slack_webhook import AppAlertSlackWebhook


T = TypeVar("T", bound="AppsAssignAppAlertDestinationsRequest")


@_attrs_define
class AppsAssignAppAlertDestinationsRequest:
    """
    Attributes:
        emails (list[str] | Unset):  Example: ['sammy@digitalocean.com'].
        slack_webhooks (list[AppAlertSlackWebhook] | Unset):
    """

    emails: list[str] | Unset = UNSET
    slack_webhooks: list[AppAlertSlackWebhook] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        emails: list[str] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = self.emails

        slack_webhooks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.slack_webhooks, Unset):
            slack_webhooks = []
            for slack_webhooks_item_data in self.slack_webhooks:
                slack_webhooks_item = slack_webhooks_item_data.to_dict()
                slack_webhooks.append(slack_webhooks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if emails is not UNSET:
            field_dict["emails"] = emails
        if slack_webhooks is not UNSET:
            field_dict["slack_webhooks"] = slack_webhooks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.app_alert_slack_webhook import AppAlertSlackWebhook

        d = dict(src_dict)
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

        apps_assign_app_alert_destinations_request = cls(
            emails=emails,
            slack_webhooks=slack_webhooks,
        )

        apps_assign_app_alert_destinations_request.additional_properties = d
        return apps_assign_app_alert_destinations_request

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
