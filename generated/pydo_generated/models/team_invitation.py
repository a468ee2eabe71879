from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.team_invitation_role import TeamInvitationRole

T = TypeVar("T", bound="TeamInvitation")


@_attrs_define
class TeamInvitation:
    """An invitation to join a newly created team.

    Attributes:
        email (str): The email address of the user to invite. Example: member@example.com.
        role (TeamInvitationRole): The role to assign to the invited user. The `owner` role cannot be assigned via
            invitation.
             Example: member.
    """

    email: str
    role: TeamInvitationRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role = self.role.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        role = TeamInvitationRole(d.pop("role"))

        team_invitation = cls(
            email=email,
            role=role,
        )

        team_invitation.additional_properties = d
        return team_invitation

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
