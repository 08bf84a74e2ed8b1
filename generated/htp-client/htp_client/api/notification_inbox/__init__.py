"""notification_inbox: `list_notifications`, `get_unread_notification_count`, `mark_all_notifications_read`, `get_notification`, `delete_notification`, `mark_notification_read`."""

TYPE_CHECKING = False

__all__ = (
    "delete_notification",
    "get_notification",
    "get_unread_notification_count",
    "list_notifications",
    "mark_all_notifications_read",
    "mark_notification_read",
)

if TYPE_CHECKING:
    from . import delete_notification as delete_notification
    from . import get_notification as get_notification
    from . import get_unread_notification_count as get_unread_notification_count
    from . import list_notifications as list_notifications
    from . import mark_all_notifications_read as mark_all_notifications_read
    from . import mark_notification_read as mark_notification_read
else:

    def __getattr__(name: str) -> object:
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        return import_module(f".{name}", __name__)

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
