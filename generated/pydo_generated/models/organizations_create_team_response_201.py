from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_team import CreateTeam
    from ..models.organizations_create_team_response_201_invitations import (
        OrganizationsCreateTeamResponse201Invitations,
    )


T = TypeVar("T", bound="OrganizationsCreateTeamResponse201")


@_attrs_define
class OrganizationsCreateTeamResponse201:
    """
    Attributes:
        team (CreateTeam): The team resource returned when a team is created in an organization.
        invitations (OrganizationsCreateTeamResponse201Invitations | Unset): A map of invitee email addresses to
            invitation status results.
             Example: {'member@example.com': {'status': 'ok'}, 'biller@example.com': {'status': 'ok'}}.
    """

    team: CreateTeam
    invitations: OrganizationsCreateTeamResponse201Invitations | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team = self.team.to_dict()

        invitations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.invitations, Unset):
            invitations = self.invitations.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "team": team,
            }
        )
        if invitations is not UNSET:
            field_dict["invitations"] = invitations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_team import CreateTeam
        from ..models.organizations_create_team_response_201_invitations import (
            OrganizationsCreateTeamResponse201Invitations,
        )

        d = dict(src_dict)
        team = CreateTeam.from_dict(d.pop("team"))

        _invitations = d.pop("invitations", UNSET)
        invitations: OrganizationsCreateTeamResponse201Invitations | Unset
        if isinstance(_invitations, Unset):
            invitations = UNSET
        else:
            invitations = OrganizationsCreateTeamResponse201Invitations.from_dict(
                _invitations
            )

        organizations_create_team_response_201 = cls(
            team=team,
            invitations=invitations,
        )

        organizations_create_team_response_201.additional_properties = d
        return organizations_create_team_response_201

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
