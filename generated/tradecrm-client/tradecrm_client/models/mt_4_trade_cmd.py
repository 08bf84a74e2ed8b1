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


def check_mt_4_trade_cmd(value: str) -> Mt4TradeCmd | str:
    """A listed value as the Literal; an unlisted one kept as it is (forward-compatible)."""
    if value in MT_4_TRADE_CMD_VALUES:
        return value
    if isinstance(value, str) and not isinstance(value, bool):
        return value
    raise TypeError(f"expected a str, got {type(value).__name__}")
