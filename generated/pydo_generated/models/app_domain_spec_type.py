from enum import StrEnum


class AppDomainSpecType(StrEnum):
    ALIAS = "ALIAS"
    DEFAULT = "DEFAULT"
    PRIMARY = "PRIMARY"
    UNSPECIFIED = "UNSPECIFIED"

    def __str__(self) -> str:
        return str(self.value)
