from enum import StrEnum


class ValkeyAdvancedConfigValkeyPersistence(StrEnum):
    OFF = "off"
    RDB = "rdb"

    def __str__(self) -> str:
        return str(self.value)
