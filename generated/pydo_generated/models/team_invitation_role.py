from enum import StrEnum


class TeamInvitationRole(StrEnum):
    BILLER = "biller"
    BILLING_VIEWER = "billing viewer"
    MEMBER = "member"
    MODIFIER = "modifier"
    RESOURCE_VIEWER = "resource viewer"

    def __str__(self) -> str:
        return str(self.value)
