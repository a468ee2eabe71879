from enum import StrEnum


class MultiregistryCreateRegion(StrEnum):
    AMS3 = "ams3"
    BLR1 = "blr1"
    FRA1 = "fra1"
    NYC3 = "nyc3"
    SFO2 = "sfo2"
    SFO3 = "sfo3"
    SGP1 = "sgp1"
    SYD1 = "syd1"

    def __str__(self) -> str:
        return str(self.value)
