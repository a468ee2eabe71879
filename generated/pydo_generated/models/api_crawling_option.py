from enum import StrEnum


class ApiCrawlingOption(StrEnum):
    DOMAIN = "DOMAIN"
    PATH = "PATH"
    SCOPED = "SCOPED"
    SITEMAP = "SITEMAP"
    SUBDOMAINS = "SUBDOMAINS"
    UNKNOWN = "UNKNOWN"

    def __str__(self) -> str:
        return str(self.value)
