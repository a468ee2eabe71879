from enum import StrEnum


class NetworkV6Type(StrEnum):
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
