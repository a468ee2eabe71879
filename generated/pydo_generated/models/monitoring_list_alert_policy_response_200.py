from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.alert_policy import AlertPolicy
    from ..models.meta_meta import MetaMeta
    from ..models.page_links import PageLinks


T = TypeVar("T", bound="MonitoringListAlertPolicyResponse200")


@_attrs_define
class MonitoringListAlertPolicyResponse200:
    """
    Example:
        {'policies': [{'alerts': {'email': ['bob@example.com'], 'slack': [{'channel': 'Production Alerts', 'url':
            'https://hooks.slack.com/services/T1234567/AAAAAAAA/ZZZZZZ"'}]}, 'compare': 'GreaterThan', 'description': 'CPU
            Alert', 'enabled': True, 'entities': [192018292], 'tags': ['production_droplets'], 'type':
            'v1/insights/droplet/cpu', 'uuid': '78b3da62-27e5-49ba-ac70-5db0b5935c64', 'value': 80, 'window': '5m'}],
            'links': {'first': 'https//api.digitalocean.com/v2/monitoring/alerts?page=1&per_page=10', 'prev':
            'https//api.digitalocean.com/v2/monitoring/alerts?page=2&per_page=10', 'next':
            'https//api.digitalocean.com/v2/monitoring/alerts?page=4&per_page=10', 'last':
            'https//api.digitalocean.com/v2/monitoring/alerts?page=5&per_page=10'}, 'meta': {'total': 50}}

    Attributes:
        policies (list[AlertPolicy]):
        meta (MetaMeta):
        links (PageLinks | Unset):
    """

    policies: list[AlertPolicy]
    meta: MetaMeta
    links: PageLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        policies = []
        for policies_item_data in self.policies:
            policies_item = policies_item_data.to_dict()
            policies.append(policies_item)

        meta = self.meta.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "policies": policies,
                "meta": meta,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.alert_policy import AlertPolicy
        from ..models.meta_meta import MetaMeta
        from ..models.page_links import PageLinks

        d = dict(src_dict)
        policies = []
        _policies = d.pop("policies")
        for policies_item_data in _policies:
            policies_item = AlertPolicy.from_dict(policies_item_data)

            policies.append(policies_item)

        meta = MetaMeta.from_dict(d.pop("meta"))

        _links = d.pop("links", UNSET)
        links: PageLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PageLinks.from_dict(_links)

        monitoring_list_alert_policy_response_200 = cls(
            policies=policies,
            meta=meta,
            links=links,
        )

        monitoring_list_alert_policy_response_200.additional_properties = d
        return monitoring_list_alert_policy_response_200

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
