from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.eviction_policy_model import EvictionPolicyModel

T = TypeVar("T", bound="DatabasesGetEvictionPolicyResponse200")


@_attrs_define
class DatabasesGetEvictionPolicyResponse200:
    """
    Attributes:
        eviction_policy (EvictionPolicyModel): A string specifying the desired eviction policy for a Caching or Valkey
            cluster.

            - `noeviction`: Don't evict any data, returns error when memory limit is reached.
            - `allkeys_lru:` Evict any key, least recently used (LRU) first.
            - `allkeys_random`: Evict keys in a random order.
            - `volatile_lru`: Evict keys with expiration only, least recently used (LRU) first.
            - `volatile_random`: Evict keys with expiration only in a random order.
            - `volatile_ttl`: Evict keys with expiration only, shortest time-to-live (TTL) first. Example: allkeys_lru.
    """

    eviction_policy: EvictionPolicyModel
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        eviction_policy = self.eviction_policy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eviction_policy": eviction_policy,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        eviction_policy = EvictionPolicyModel(d.pop("eviction_policy"))

        databases_get_eviction_policy_response_200 = cls(
            eviction_policy=eviction_policy,
        )

        databases_get_eviction_policy_response_200.additional_properties = d
        return databases_get_eviction_policy_response_200

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
