from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.firewall_status import FirewallStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.firewall_pending_changes_item import FirewallPendingChangesItem
    from ..models.firewall_rules_inbound_rules_type_0_item import (
        FirewallRulesInboundRulesType0Item,
    )
    from ..models.firewall_rules_outbound_rules_type_0_item import (
        FirewallRulesOutboundRulesType0Item,
    )


T = TypeVar("T", bound="Firewall")


@_attrs_define
class Firewall:
    """
    Attributes:
        inbound_rules (list[FirewallRulesInboundRulesType0Item] | None | Unset):
        outbound_rules (list[FirewallRulesOutboundRulesType0Item] | None | Unset):
        id (str | Unset): A unique ID that can be used to identify and reference a firewall. Example:
            bb4b2611-3d72-467b-8602-280330ecd65c.
        status (FirewallStatus | Unset): A status string indicating the current state of the firewall. This can be
            "waiting", "succeeded", or "failed". Example: waiting.
        created_at (datetime.datetime | Unset): A time value given in ISO8601 combined date and time format that
            represents when the firewall was created. Example: 2020-05-23T21:24:00Z.
        pending_changes (list[FirewallPendingChangesItem] | Unset): An array of objects each containing the fields
            "droplet_id", "removing", and "status". It is provided to detail exactly which Droplets are having their
            security policies updated. When empty, all changes have been successfully applied. Example: [{'droplet_id':
            8043964, 'removing': False, 'status': 'waiting'}].
        name (str | Unset): A human-readable name for a firewall. The name must begin with an alphanumeric character.
            Subsequent characters must either be alphanumeric characters, a period (.), or a dash (-). Example: firewall.
        droplet_ids (list[int] | None | Unset): An array containing the IDs of the Droplets assigned to the firewall.
            <br><br>Requires `droplet:read` scope. Example: [8043964].
        tags (list[str] | None | Unset): A flat array of tag names as strings to be applied to the resource. Tag names
            must exist in order to be referenced in a request. <br><br>Requires `tag:create` and `tag:read` scopes. Example:
            ['base-image', 'prod'].
    """

    inbound_rules: list[FirewallRulesInboundRulesType0Item] | None | Unset = UNSET
    outbound_rules: list[FirewallRulesOutboundRulesType0Item] | None | Unset = UNSET
    id: str | Unset = UNSET
    status: FirewallStatus | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    pending_changes: list[FirewallPendingChangesItem] | Unset = UNSET
    name: str | Unset = UNSET
    droplet_ids: list[int] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        inbound_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.inbound_rules, Unset):
            inbound_rules = UNSET
        elif isinstance(self.inbound_rules, list):
            inbound_rules = []
            for inbound_rules_type_0_item_data in self.inbound_rules:
                inbound_rules_type_0_item = inbound_rules_type_0_item_data.to_dict()
                inbound_rules.append(inbound_rules_type_0_item)

        else:
            inbound_rules = self.inbound_rules

        outbound_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.outbound_rules, Unset):
            outbound_rules = UNSET
        elif isinstance(self.outbound_rules, list):
            outbound_rules = []
            for outbound_rules_type_0_item_data in self.outbound_rules:
                outbound_rules_type_0_item = outbound_rules_type_0_item_data.to_dict()
                outbound_rules.append(outbound_rules_type_0_item)

        else:
            outbound_rules = self.outbound_rules

        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        pending_changes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pending_changes, Unset):
            pending_changes = []
            for pending_changes_item_data in self.pending_changes:
                pending_changes_item = pending_changes_item_data.to_dict()
                pending_changes.append(pending_changes_item)

        name = self.name

        droplet_ids: list[int] | None | Unset
        if isinstance(self.droplet_ids, Unset):
            droplet_ids = UNSET
        elif isinstance(self.droplet_ids, list):
            droplet_ids = self.droplet_ids

        else:
            droplet_ids = self.droplet_ids

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inbound_rules is not UNSET:
            field_dict["inbound_rules"] = inbound_rules
        if outbound_rules is not UNSET:
            field_dict["outbound_rules"] = outbound_rules
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if pending_changes is not UNSET:
            field_dict["pending_changes"] = pending_changes
        if name is not UNSET:
            field_dict["name"] = name
        if droplet_ids is not UNSET:
            field_dict["droplet_ids"] = droplet_ids
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.firewall_pending_changes_item import FirewallPendingChangesItem
        from ..models.firewall_rules_inbound_rules_type_0_item import (
            FirewallRulesInboundRulesType0Item,
        )
        from ..models.firewall_rules_outbound_rules_type_0_item import (
            FirewallRulesOutboundRulesType0Item,
        )

        d = dict(src_dict)

        def _parse_inbound_rules(
            data: object,
        ) -> list[FirewallRulesInboundRulesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                inbound_rules_type_0 = []
                _inbound_rules_type_0 = data
                for inbound_rules_type_0_item_data in _inbound_rules_type_0:
                    inbound_rules_type_0_item = (
                        FirewallRulesInboundRulesType0Item.from_dict(
                            inbound_rules_type_0_item_data
                        )
                    )

                    inbound_rules_type_0.append(inbound_rules_type_0_item)

                return inbound_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FirewallRulesInboundRulesType0Item] | None | Unset, data)

        inbound_rules = _parse_inbound_rules(d.pop("inbound_rules", UNSET))

        def _parse_outbound_rules(
            data: object,
        ) -> list[FirewallRulesOutboundRulesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                outbound_rules_type_0 = []
                _outbound_rules_type_0 = data
                for outbound_rules_type_0_item_data in _outbound_rules_type_0:
                    outbound_rules_type_0_item = (
                        FirewallRulesOutboundRulesType0Item.from_dict(
                            outbound_rules_type_0_item_data
                        )
                    )

                    outbound_rules_type_0.append(outbound_rules_type_0_item)

                return outbound_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FirewallRulesOutboundRulesType0Item] | None | Unset, data)

        outbound_rules = _parse_outbound_rules(d.pop("outbound_rules", UNSET))

        id = d.pop("id", UNSET)

        _status = d.pop("status", UNSET)
        status: FirewallStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = FirewallStatus(_status)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _pending_changes = d.pop("pending_changes", UNSET)
        pending_changes: list[FirewallPendingChangesItem] | Unset = UNSET
        if _pending_changes is not UNSET:
            pending_changes = []
            for pending_changes_item_data in _pending_changes:
                pending_changes_item = FirewallPendingChangesItem.from_dict(
                    pending_changes_item_data
                )

                pending_changes.append(pending_changes_item)

        name = d.pop("name", UNSET)

        def _parse_droplet_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                droplet_ids_type_0 = cast(list[int], data)

                return droplet_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        droplet_ids = _parse_droplet_ids(d.pop("droplet_ids", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemasexisting_tags_array_type_0 = cast(list[str], data)

                return componentsschemasexisting_tags_array_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        firewall = cls(
            inbound_rules=inbound_rules,
            outbound_rules=outbound_rules,
            id=id,
            status=status,
            created_at=created_at,
            pending_changes=pending_changes,
            name=name,
            droplet_ids=droplet_ids,
            tags=tags,
        )

        firewall.additional_properties = d
        return firewall

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
