from enum import StrEnum


class CheckUpdatableRegionsItem(StrEnum):
    EU_WEST = "eu_west"
    SE_ASIA = "se_asia"
    US_EAST = "us_east"
    US_WEST = "us_west"

    def __str__(self) -> str:
        return str(self.value)
