from enum import IntEnum


class CdnEndpointTtl(IntEnum):
    VALUE_60 = 60
    VALUE_600 = 600
    VALUE_3600 = 3600
    VALUE_86400 = 86400
    VALUE_604800 = 604800

    def __str__(self) -> str:
        return str(self.value)
