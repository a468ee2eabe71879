from enum import StrEnum


class RegistryUpdateSubscriptionBodyTierSlug(StrEnum):
    BASIC = "basic"
    PROFESSIONAL = "professional"
    STARTER = "starter"

    def __str__(self) -> str:
        return str(self.value)
