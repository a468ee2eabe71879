from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.account_status import AccountStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_team import AccountTeam


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Attributes:
        droplet_limit (int): The total number of Droplets current user or team may have active at one time.
            <br><br>Requires `droplet:read` scope.
             Example: 25.
        floating_ip_limit (int): The total number of Floating IPs the current user or team may have.
            <br><br>Requires `reserved_ip:read` scope.
             Example: 5.
        email (str): The email address used by the current user to register for DigitalOcean. Example:
            sammy@digitalocean.com.
        uuid (str): The unique universal identifier for the current user. Example:
            b6fr89dbf6d9156cace5f3c78dc9851d957381ef.
        email_verified (bool): If true, the user has verified their account via email. False otherwise. Default: False.
            Example: True.
        status (AccountStatus): This value is one of "active", "warning" or "locked". Default: AccountStatus.ACTIVE.
            Example: active.
        status_message (str): A human-readable message giving more details about the status of the account. Example:  .
        name (str | Unset): The display name for the current user. Example: Sammy the Shark.
        team (AccountTeam | Unset): When authorized in a team context, includes information about the current team.
    """

    droplet_limit: int
    floating_ip_limit: int
    email: str
    uuid: str
    status_message: str
    email_verified: bool = False
    status: AccountStatus = AccountStatus.ACTIVE
    name: str | Unset = UNSET
    team: AccountTeam | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        droplet_limit = self.droplet_limit

        floating_ip_limit = self.floating_ip_limit

        email = self.email

        uuid = self.uuid

        email_verified = self.email_verified

        status = self.status.value

        status_message = self.status_message

        name = self.name

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "droplet_limit": droplet_limit,
                "floating_ip_limit": floating_ip_limit,
                "email": email,
                "uuid": uuid,
                "email_verified": email_verified,
                "status": status,
                "status_message": status_message,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if team is not UNSET:
            field_dict["team"] = team

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.account_team import AccountTeam

        d = dict(src_dict)
        droplet_limit = d.pop("droplet_limit")

        floating_ip_limit = d.pop("floating_ip_limit")

        email = d.pop("email")

        uuid = d.pop("uuid")

        email_verified = d.pop("email_verified")

        status = AccountStatus(d.pop("status"))

        status_message = d.pop("status_message")

        name = d.pop("name", UNSET)

        _team = d.pop("team", UNSET)
        team: AccountTeam | Unset
        if isinstance(_team, Unset):
            team = UNSET
        else:
            team = AccountTeam.from_dict(_team)

        account = cls(
            droplet_limit=droplet_limit,
            floating_ip_limit=floating_ip_limit,
            email=email,
            uuid=uuid,
            email_verified=email_verified,
            status=status,
            status_message=status_message,
            name=name,
            team=team,
        )

        account.additional_properties = d
        return account

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
