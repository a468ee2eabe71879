from enum import StrEnum


class VpcNatGatewayGetType(StrEnum):
    PUBLIC = "PUBLIC"

    def __str__(self) -> str:
        return str(self.value)
