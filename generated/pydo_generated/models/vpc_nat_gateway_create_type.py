from enum import StrEnum


class VpcNatGatewayCreateType(StrEnum):
    PUBLIC = "PUBLIC"

    def __str__(self) -> str:
        return str(self.value)
