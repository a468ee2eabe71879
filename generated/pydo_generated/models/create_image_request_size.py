from enum import StrEnum


class CreateImageRequestSize(StrEnum):
    AUTO = "auto"
    VALUE_1 = "1536x1024"
    VALUE_2 = "1024x1536"

    def __str__(self) -> str:
        return str(self.value)
