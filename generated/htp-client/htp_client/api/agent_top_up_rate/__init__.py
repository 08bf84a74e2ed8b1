"""agent_top_up_rate: `get_agent_top_up_rate`."""

TYPE_CHECKING = False

__all__ = ("get_agent_top_up_rate",)

if TYPE_CHECKING:
    from . import get_agent_top_up_rate as get_agent_top_up_rate
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
