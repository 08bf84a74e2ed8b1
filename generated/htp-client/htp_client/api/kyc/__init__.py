"""kyc: `get_kyc`, `resubmit_kyc`, `submit_kyc`."""

TYPE_CHECKING = False

__all__ = (
    "get_kyc",
    "resubmit_kyc",
    "submit_kyc",
)

if TYPE_CHECKING:
    from . import get_kyc as get_kyc
    from . import resubmit_kyc as resubmit_kyc
    from . import submit_kyc as submit_kyc
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
