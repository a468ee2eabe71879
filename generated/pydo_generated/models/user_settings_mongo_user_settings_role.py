from enum import StrEnum


class UserSettingsMongoUserSettingsRole(StrEnum):
    DBADMIN = "dbAdmin"
    READONLY = "readOnly"
    READWRITE = "readWrite"

    def __str__(self) -> str:
        return str(self.value)
