from enum import StrEnum


class PermissionType(StrEnum):
    GENERATE = "Generate"

    def __str__(self) -> str:
        return str(self.value)
