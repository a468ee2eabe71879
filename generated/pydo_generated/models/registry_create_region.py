from enum import StrEnum


class RegistryCreateRegion(StrEnum):
    AMS3 = "ams3"
    FRA1 = "fra1"
    NYC3 = "nyc3"
    SFO3 = "sfo3"
    SGP1 = "sgp1"

    def __str__(self) -> str:
        return str(self.value)
