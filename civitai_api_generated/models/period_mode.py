from enum import StrEnum


class PeriodMode(StrEnum):
    PUBLISHED = "published"
    STATS = "stats"

    def __str__(self) -> str:
        return str(self.value)
