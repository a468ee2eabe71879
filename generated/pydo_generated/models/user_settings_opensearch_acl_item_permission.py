from enum import StrEnum


class UserSettingsOpensearchAclItemPermission(StrEnum):
    ADMIN = "admin"
    DENY = "deny"
    READ = "read"
    READWRITE = "readwrite"
    WRITE = "write"

    def __str__(self) -> str:
        return str(self.value)
