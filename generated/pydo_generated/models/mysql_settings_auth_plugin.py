from enum import StrEnum


class MysqlSettingsAuthPlugin(StrEnum):
    CACHING_SHA2_PASSWORD = "caching_sha2_password"
    MYSQL_NATIVE_PASSWORD = "mysql_native_password"

    def __str__(self) -> str:
        return str(self.value)
