from enum import StrEnum


class PostgresAdvancedConfigTrackFunctions(StrEnum):
    ALL = "all"
    NONE = "none"
    PL = "pl"

    def __str__(self) -> str:
        return str(self.value)
