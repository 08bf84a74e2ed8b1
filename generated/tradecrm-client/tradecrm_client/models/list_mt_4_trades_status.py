from typing import Literal

ListMt4TradesStatus = Literal["all", "closed", "open"]

LIST_MT_4_TRADES_STATUS_VALUES: set[ListMt4TradesStatus] = {
    "all",
    "closed",
    "open",
}


def check_list_mt_4_trades_status(value: str) -> ListMt4TradesStatus:
    if value in LIST_MT_4_TRADES_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_MT_4_TRADES_STATUS_VALUES!r}")
