from enum import StrEnum


class CollectionSort(StrEnum):
    MOST_FOLLOWERS = "Most Followers"
    NEWEST = "Newest"

    def __str__(self) -> str:
        return str(self.value)
