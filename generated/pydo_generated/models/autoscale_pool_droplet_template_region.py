from enum import StrEnum


class AutoscalePoolDropletTemplateRegion(StrEnum):
    AMS2 = "ams2"
    AMS3 = "ams3"
    BLR1 = "blr1"
    FRA1 = "fra1"
    LON1 = "lon1"
    NYC1 = "nyc1"
    NYC2 = "nyc2"
    NYC3 = "nyc3"
    SFO1 = "sfo1"
    SFO2 = "sfo2"
    SFO3 = "sfo3"
    SGP1 = "sgp1"
    SYD1 = "syd1"
    TOR1 = "tor1"

    def __str__(self) -> str:
        return str(self.value)
