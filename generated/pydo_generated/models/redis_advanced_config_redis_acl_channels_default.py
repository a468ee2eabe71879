from enum import StrEnum


class RedisAdvancedConfigRedisAclChannelsDefault(StrEnum):
    ALLCHANNELS = "allchannels"
    RESETCHANNELS = "resetchannels"

    def __str__(self) -> str:
        return str(self.value)
