"""tests/e2e/money_typed_usage.py (checked by mypy --strict in `nox -s typecheck`) also runs."""

from __future__ import annotations

from decimal import Decimal

import httpx
import pytest

from auth_plugins import payinout
from tests.e2e import money_typed_usage as usage

PAYIN = b'{"id":"p1","order_id":"o1","status":"chargeback","amount":12345678901234567.89,"currency":"USD",'
PAYIN += b'"created_at":1}'


def test_money_fields_take_decimal_int_and_str_and_hold_decimal() -> None:
    assert [str(r.amount) for r in usage.payin_requests()] == ["10000.00", "10000", "12345678901234567.89"]
    assert [str(r.amount) for r in usage.balance_operations()] == ["250.50", "-100", "0.01"]
    trade = usage.open_trade()
    assert trade.close_price is None
    assert str(trade.open_price) == "1.08500"
    assert usage.open_trade("1.09000").close_price == Decimal("1.09000")
    assert not usage.is_hedge(trade)


def test_the_lines_mypy_refuses_also_fail_at_run_time() -> None:
    with pytest.raises(TypeError, match=r"PayInCreateRequest\.amount: a float"):
        usage.payin_from_float()
    with pytest.raises(TypeError, match=r"BalanceOperationRequest\.amount: a float"):
        usage.balance_operation_from_float()
    with pytest.raises(TypeError, match=r"Mt4Trade\.close_price: a float"):
        usage.trade_with_float_close()


def test_read_payin_over_the_plugin_stack() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=PAYIN, headers={"content-type": "application/json"})

    creds = payinout.Credentials(token="pk_tok", email="m@x.example", secret="s3cr3t")
    with payinout.client(
        creds, base_url="https://x.invalid", transport=httpx.MockTransport(handler)
    ) as client:
        payin = usage.read_payin(client, "p1")
    assert seen[0].content == b'{"id":"p1"}'
    assert str(payin.amount) == "12345678901234567.89"
    assert usage.is_chargeback(payin)
    assert not usage.closed_literal_would_refuse("completed")
