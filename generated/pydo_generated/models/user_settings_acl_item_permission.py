from enum import StrEnum


class UserSettingsAclItemPermission(StrEnum):
    ADMIN = "admin"
    CONSUME = "consume"
    PRODUCE = "produce"
    PRODUCECONSUME = "produceconsume"

    def __str__(self) -> str:
        return str(self.value)
