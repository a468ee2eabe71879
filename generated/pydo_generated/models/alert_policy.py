from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.alert_policy_compare import AlertPolicyCompare
from ..models.alert_policy_type import AlertPolicyType
from ..models.alert_policy_window import AlertPolicyWindow

if TYPE_CHECKING:
    from ..models.alerts import Alerts


T = TypeVar("T", bound="AlertPolicy")


@_attrs_define
class AlertPolicy:
    """
    Attributes:
        alerts (Alerts):
        compare (AlertPolicyCompare):  Example: GreaterThan.
        description (str):  Example: CPU Alert.
        enabled (bool):  Example: True.
        entities (list[str]):  Example: ['192018292'].
        tags (list[str]):  Example: ['droplet_tag'].
        type_ (AlertPolicyType):  Example: v1/insights/droplet/cpu.
        uuid (str):  Example: 78b3da62-27e5-49ba-ac70-5db0b5935c64.
        value (float):  Example: 80.
        window (AlertPolicyWindow):  Example: 5m.
    """

    alerts: Alerts
    compare: AlertPolicyCompare
    description: str
    enabled: bool
    entities: list[str]
    tags: list[str]
    type_: AlertPolicyType
    uuid: str
    value: float
    window: AlertPolicyWindow
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alerts = self.alerts.to_dict()

        compare = self.compare.value

        description = self.description

        enabled = self.enabled

        entities = self.entities

        tags = self.tags

        type_ = self.type_.value

        uuid = self.uuid

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
                "uuid": uuid,
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

        compare = AlertPolicyCompare(d.pop("compare"))

        description = d.pop("description")

        enabled = d.pop("enabled")

        entities = cast(list[str], d.pop("entities"))

        tags = cast(list[str], d.pop("tags"))

        type_ = AlertPolicyType(d.pop("type"))

        uuid = d.pop("uuid")

        value = d.pop("value")

        window = AlertPolicyWindow(d.pop("window"))

        alert_policy = cls(
            alerts=alerts,
            compare=compare,
            description=description,
            enabled=enabled,
            entities=entities,
            tags=tags,
            type_=type_,
            uuid=uuid,
            value=value,
            window=window,
        )

        alert_policy.additional_properties = d
        return alert_policy

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
