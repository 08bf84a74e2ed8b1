"""file_upload: `upload_file`."""

TYPE_CHECKING = False

__all__ = ("upload_file",)

if TYPE_CHECKING:
    from . import upload_file as upload_file
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
