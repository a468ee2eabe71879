from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_policy_request_compare import AlertPolicyRequestCompare
from ..models.alert_policy_request_type import AlertPolicyRequestType
from ..models.alert_policy_request_window import AlertPolicyRequestWindow

if TYPE_CHECKING:
    from ..models.alerts import Alerts


T = TypeVar("T", bound="AlertPolicyRequest")


@_attrs_define
class AlertPolicyRequest:
    """
    Attributes:
        alerts (Alerts):
        compare (AlertPolicyRequestCompare):  Example: GreaterThan.
        description (str):  Example: CPU Alert.
        enabled (bool):  Example: True.
        entities (list[str]):  Example: ['192018292'].
        tags (list[str]):  Example: ['droplet_tag'].
        type_ (AlertPolicyRequestType):  Example: v1/insights/droplet/cpu.
        value (float):  Example: 80.
        window (AlertPolicyRequestWindow):  Example: 5m.
    """

    alerts: Alerts
    compare: AlertPolicyRequestCompare
    description: str
    enabled: bool
    entities: list[str]
    tags: list[str]
    type_: AlertPolicyRequestType
    value: float
    window: AlertPolicyRequestWindow
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alerts = self.alerts.to_dict()

        compare = self.compare.value

        description = self.description

        enabled = self.enabled

        entities = self.entities

        tags = self.tags

        type_ = self.type_.value

        value = self.value

        window = self.window.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "alerts": alerts,
                "compare": compare,
                "description": description,
                "enabled": enabled,
                "entities": entities,
                "tags": tags,
                "type": type_,
                "value": value,
                "window": window,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alerts import Alerts

        d = dict(src_dict)
        alerts = Alerts.from_dict(d.pop("alerts"))

        compare = AlertPolicyRequestCompare(d.pop("compare"))

        description = d.pop("description")

        enabled = d.pop("enabled")

        entities = cast(list[str], d.pop("entities"))

        tags = cast(list[str], d.pop("tags"))

        type_ = AlertPolicyRequestType(d.pop("type"))

        value = d.pop("value")

        window = AlertPolicyRequestWindow(d.pop("window"))

        alert_policy_request = cls(
            alerts=alerts,
            compare=compare,
            description=description,
            enabled=enabled,
            entities=entities,
            tags=tags,
            type_=type_,
            value=value,
            window=window,
        )

        alert_policy_request.additional_properties = d
        return alert_policy_request

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
