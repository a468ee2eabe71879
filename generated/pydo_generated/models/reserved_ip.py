from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.droplet import Droplet
    from ..models.reserved_ip_null import ReservedIpNull
    from ..models.reserved_ip_region import ReservedIpRegion


T = TypeVar("T", bound="ReservedIp")


@_attrs_define
class ReservedIp:
    """
    Attributes:
        ip (str | Unset): The public IP address of the reserved IP. It also serves as its identifier. Example:
            45.55.96.47.
        region (ReservedIpRegion | Unset):
        droplet (Droplet | None | ReservedIpNull | Unset): The Droplet that the reserved IP has been assigned to. When
            you query a reserved IP, if it is assigned to a Droplet, the entire Droplet object will be returned. If it is
            not assigned, the value will be null.<br><br>Requires `droplet:read` scope.
        locked (bool | Unset): A boolean value indicating whether or not the reserved IP has pending actions preventing
            new ones from being submitted. Example: True.
        project_id (UUID | Unset): The UUID of the project to which the reserved IP currently belongs.<br><br>Requires
            `project:read` scope. Example: 746c6152-2fa2-11ed-92d3-27aaa54e4988.
    """

    ip: str | Unset = UNSET
    region: ReservedIpRegion | Unset = UNSET
    droplet: Droplet | None | ReservedIpNull | Unset = UNSET
    locked: bool | Unset = UNSET
    project_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.droplet import Droplet
        from ..models.reserved_ip_null import ReservedIpNull

        ip = self.ip

        region: dict[str, Any] | Unset = UNSET
        if not isinstance(self.region, Unset):
            region = self.region.to_dict()

        droplet: dict[str, Any] | None | Unset
        if isinstance(self.droplet, Unset):
            droplet = UNSET
        elif isinstance(self.droplet, ReservedIpNull) or isinstance(
            self.droplet, Droplet
        ):
            droplet = self.droplet.to_dict()
        else:
            droplet = self.droplet

        locked = self.locked

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip is not UNSET:
            field_dict["ip"] = ip
        if region is not UNSET:
            field_dict["region"] = region
        if droplet is not UNSET:
            field_dict["droplet"] = droplet
        if locked is not UNSET:
            field_dict["locked"] = locked
        if project_id is not UNSET:
            field_dict["project_id"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.droplet import Droplet
        from ..models.reserved_ip_null import ReservedIpNull
        from ..models.reserved_ip_region import ReservedIpRegion

        d = dict(src_dict)
        ip = d.pop("ip", UNSET)

        _region = d.pop("region", UNSET)
        region: ReservedIpRegion | Unset
        if isinstance(_region, Unset):
            region = UNSET
        else:
            region = ReservedIpRegion.from_dict(_region)

        def _parse_droplet(data: object) -> Droplet | None | ReservedIpNull | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                droplet_null_type_0 = ReservedIpNull.from_dict(data)

                return droplet_null_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                droplet_type_1 = Droplet.from_dict(data)

                return droplet_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Droplet | None | ReservedIpNull | Unset, data)

        droplet = _parse_droplet(d.pop("droplet", UNSET))

        locked = d.pop("locked", UNSET)

        _project_id = d.pop("project_id", UNSET)
        project_id: UUID | Unset
        if isinstance(_project_id, Unset):
            project_id = UNSET
        else:
            project_id = UUID(_project_id)

        reserved_ip = cls(
            ip=ip,
            region=region,
            droplet=droplet,
            locked=locked,
            project_id=project_id,
        )

        reserved_ip.additional_properties = d
        return reserved_ip

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
