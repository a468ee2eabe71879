from enum import StrEnum


class AppComponentInstanceBaseDeprecated(StrEnum):
    BASIC_M = "basic-m"
    BASIC_S = "basic-s"
    BASIC_XS = "basic-xs"
    BASIC_XXS = "basic-xxs"
    PROFESSIONAL_1L = "professional-1l"
    PROFESSIONAL_L = "professional-l"
    PROFESSIONAL_M = "professional-m"
    PROFESSIONAL_S = "professional-s"
    PROFESSIONAL_XL = "professional-xl"
    PROFESSIONAL_XS = "professional-xs"

    def __str__(self) -> str:
        return str(self.value)
