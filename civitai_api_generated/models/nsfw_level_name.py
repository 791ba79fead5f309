from enum import StrEnum


class NsfwLevelName(StrEnum):
    MATURE = "Mature"
    NONE = "None"
    SOFT = "Soft"
    X = "X"

    def __str__(self) -> str:
        return str(self.value)
