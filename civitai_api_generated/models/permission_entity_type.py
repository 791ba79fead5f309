from enum import StrEnum


class PermissionEntityType(StrEnum):
    MODELVERSION = "ModelVersion"

    def __str__(self) -> str:
        return str(self.value)
