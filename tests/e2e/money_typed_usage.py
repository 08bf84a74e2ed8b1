"""How a caller's code type-checks against money and open enums (payinout, tradecrm).

`nox -s typecheck` (mypy --strict, so --strict-equality and --warn-unused-ignores) checks this
module: every `assert_type` must hold exactly, and every `# type: ignore[...]` below must still be
needed, which proves that mypy rejects that line (a float amount; a comparison with a value the
closed Literal does not list). tests/unit/test_money_typed_usage.py runs these functions over
httpx.MockTransport, so the module is also known to work. Importing it has no side effects.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import assert_type

from payinout_client import AuthenticatedClient
from payinout_client.api.pay_in import get_payin
from payinout_client.models import PayInCreateRequest, PayInResponse, PaymentLookupRequest, PaymentStatus
from tradecrm_client.models import BalanceOperationRequest, Mt4Trade, Mt4TradeCmd

# -- payinout --------------------------------------------------------------------------------------


def payin_requests() -> list[PayInCreateRequest]:
    """A money field takes a Decimal, an int or a decimal string, and holds a Decimal."""
    by_decimal = PayInCreateRequest(order_id="o-1", amount=Decimal("10000.00"), currency="USD")
    by_int = PayInCreateRequest(order_id="o-2", amount=10000, currency="USD")
    by_str = PayInCreateRequest(order_id="o-3", amount="12345678901234567.89", currency="USD")
    assert_type(by_decimal.amount, Decimal)
    assert_type(by_int.amount, Decimal)
    assert_type(by_str.amount, Decimal)
    return [by_decimal, by_int, by_str]


def payin_from_float() -> PayInCreateRequest:
    """A float is a type error (and a TypeError at run time): it cannot carry an exact amount."""
    return PayInCreateRequest(order_id="o-4", amount=0.1, currency="USD")  # type: ignore[arg-type]


def read_payin(client: AuthenticatedClient, payin_id: str) -> PayInResponse:
    """A response's money is a Decimal; its status is the listed Literal or any newer string."""
    answer = get_payin.sync(client=client, body=PaymentLookupRequest(id=payin_id))
    assert isinstance(answer, PayInResponse)
    assert_type(answer.amount, Decimal)
    assert_type(answer.status, PaymentStatus | str)
    return answer


def is_chargeback(payin: PayInResponse) -> bool:
    """A value the spec does not list yet compares under --strict-equality: the field is `| str`."""
    return payin.status == "chargeback"


def closed_literal_would_refuse(status: PaymentStatus) -> bool:
    """Why the field is `PaymentStatus | str`: against the closed Literal, mypy refuses the test."""
    return status == "chargeback"  # type: ignore[comparison-overlap]


# -- tradecrm --------------------------------------------------------------------------------------


def balance_operations() -> list[BalanceOperationRequest]:
    by_decimal = BalanceOperationRequest(connection_id="c-1", amount=Decimal("250.50"))
    by_int = BalanceOperationRequest(connection_id="c-1", amount=-100)
    by_str = BalanceOperationRequest(connection_id="c-1", amount="0.01")
    assert_type(by_decimal.amount, Decimal)
    return [by_decimal, by_int, by_str]


def balance_operation_from_float() -> BalanceOperationRequest:
    return BalanceOperationRequest(connection_id="c-1", amount=250.5)  # type: ignore[arg-type]


def open_trade(close_price: Decimal | int | str | None = None) -> Mt4Trade:
    """Nullable money (`type: [number, 'null']`) takes None too, and reads as `Decimal | None`."""
    trade = Mt4Trade(
        ticket=1,
        login=2,
        symbol="EURUSD",
        cmd="buy",
        volume=0.1,
        open_time=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
        open_price="1.08500",
        close_time=None,
        close_price=close_price,
        sl=0,
        tp=Decimal("1.10000"),
        commission="-0.70",
        swap=0,
        profit=0,
        comment=None,
    )
    assert_type(trade.open_price, Decimal)
    assert_type(trade.close_price, Decimal | None)
    assert_type(trade.cmd, Mt4TradeCmd | str)
    return trade


def trade_with_float_close() -> Mt4Trade:
    trade = open_trade()
    trade.close_price = 1.09  # type: ignore[assignment]
    return trade


def is_hedge(trade: Mt4Trade) -> bool:
    return trade.cmd == "hedge"
