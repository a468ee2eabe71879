from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.slack_details import SlackDetails


T = TypeVar("T", bound="Alerts")


@_attrs_define
class Alerts:
    """
    Attributes:
        email (list[str]): An email to notify on an alert trigger. Example: ['bob@exmaple.com'].
        slack (list[SlackDetails]): Slack integration details.
    """

    email: list[str]
    slack: list[SlackDetails]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        slack = []
        for slack_item_data in self.slack:
            slack_item = slack_item_data.to_dict()
            slack.append(slack_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "slack": slack,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.slack_details import SlackDetails

        d = dict(src_dict)
        email = cast(list[str], d.pop("email"))

        slack = []
        _slack = d.pop("slack")
        for slack_item_data in _slack:
            slack_item = SlackDetails.from_dict(slack_item_data)

            slack.append(slack_item)

        alerts = cls(
            email=email,
            slack=slack,
        )

        alerts.additional_properties = d
        return alerts

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
