from enum import StrEnum


class EvictionPolicyModel(StrEnum):
    ALLKEYS_LRU = "allkeys_lru"
    ALLKEYS_RANDOM = "allkeys_random"
    NOEVICTION = "noeviction"
    VOLATILE_LRU = "volatile_lru"
    VOLATILE_RANDOM = "volatile_random"
    VOLATILE_TTL = "volatile_ttl"

    def __str__(self) -> str:
        return str(self.value)
