from enum import StrEnum


class TeamInvitationStatusStatus(StrEnum):
    DAILY_INVITE_LIMIT_REACHED = "daily_invite_limit_reached"
    OK = "ok"

    def __str__(self) -> str:
        return str(self.value)
