from typing import Literal

ListMt4TradesStatus = Literal["all", "closed", "open"]

LIST_MT_4_TRADES_STATUS_VALUES: set[ListMt4TradesStatus] = {
    "all",
    "closed",
    "open",
}


def check_list_mt_4_trades_status(value: str) -> ListMt4TradesStatus | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in LIST_MT_4_TRADES_STATUS_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
