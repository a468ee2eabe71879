from enum import StrEnum


class MultiregistryCreateSubscriptionTierSlug(StrEnum):
    BASIC = "basic"
    PROFESSIONAL = "professional"
    STARTER = "starter"

    def __str__(self) -> str:
        return str(self.value)
