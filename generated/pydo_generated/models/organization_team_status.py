from enum import StrEnum


class OrganizationTeamStatus(StrEnum):
    JOINED = "joined"
    PENDING = "pending"

    def __str__(self) -> str:
        return str(self.value)
