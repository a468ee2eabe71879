from enum import StrEnum


class ValkeyAdvancedConfigValkeyAclChannelsDefault(StrEnum):
    ALLCHANNELS = "allchannels"
    RESETCHANNELS = "resetchannels"

    def __str__(self) -> str:
        return str(self.value)
