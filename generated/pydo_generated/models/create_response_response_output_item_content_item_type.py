from enum import StrEnum


class CreateResponseResponseOutputItemContentItemType(StrEnum):
    OUTPUT_TEXT = "output_text"
    REASONING_TEXT = "reasoning_text"

    def __str__(self) -> str:
        return str(self.value)
