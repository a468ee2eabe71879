from enum import StrEnum


class RedisAdvancedConfigRedisPersistence(StrEnum):
    OFF = "off"
    RDB = "rdb"

    def __str__(self) -> str:
        return str(self.value)
