from enum import StrEnum


class PostgresAdvancedConfigLogErrorVerbosity(StrEnum):
    DEFAULT = "DEFAULT"
    TERSE = "TERSE"
    VERBOSE = "VERBOSE"

    def __str__(self) -> str:
        return str(self.value)
