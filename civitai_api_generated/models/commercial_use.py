from enum import StrEnum


class CommercialUse(StrEnum):
    IMAGE = "Image"
    NONE = "None"
    RENT = "Rent"
    RENTCIVIT = "RentCivit"
    SELL = "Sell"

    def __str__(self) -> str:
        return str(self.value)
