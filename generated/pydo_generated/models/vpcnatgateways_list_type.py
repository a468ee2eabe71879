from enum import StrEnum


class VpcnatgatewaysListType(StrEnum):
    PUBLIC = "public"

    def __str__(self) -> str:
        return str(self.value)
