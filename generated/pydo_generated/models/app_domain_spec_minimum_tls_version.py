from enum import StrEnum


class AppDomainSpecMinimumTlsVersion(StrEnum):
    VALUE_0 = "1.2"
    VALUE_1 = "1.3"

    def __str__(self) -> str:
        return str(self.value)
