from typing import Literal

Mt4TradeCmd = Literal["balance", "buy", "buy_limit", "buy_stop", "credit", "sell", "sell_limit", "sell_stop"]

MT_4_TRADE_CMD_VALUES: set[Mt4TradeCmd] = {
    "balance",
    "buy",
    "buy_limit",
    "buy_stop",
    "credit",
    "sell",
    "sell_limit",
    "sell_stop",
}


def check_mt_4_trade_cmd(value: str) -> Mt4TradeCmd:
    if value in MT_4_TRADE_CMD_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MT_4_TRADE_CMD_VALUES!r}")
