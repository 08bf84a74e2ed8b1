"""The one rule for credentials on a command line (stdlib only: the noxfile imports it too).

nox echoes the arguments of every command it runs, and a shell keeps them in its history, so
`nox -s publish` and `python -m tools.release publish` refuse a password before anything is
printed; credentials come from TWINE_USERNAME/TWINE_PASSWORD or keyring.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["secret_on_command_line"]

_LONG = "--password"


def _is_password_flag(arg: str) -> bool:
    if arg.startswith("-p"):  # -p, and -pVALUE
        return True
    name = arg.split("=", 1)[0]
    # argparse (twine's parser) accepts any unambiguous prefix of --password: --pa, --pass, ...
    return len(name) >= len("--pa") and _LONG.startswith(name)


def _url_has_credentials(arg: str) -> bool:
    if "://" not in arg:
        return False
    authority = arg.split("://", 1)[1].split("/", 1)[0]
    return "@" in authority


def secret_on_command_line(args: Iterable[str]) -> str | None:
    """Why `args` must be refused (never quoting the secret), or None when they carry none."""
    for arg in args:
        if _is_password_flag(arg):
            return "pass the password in TWINE_PASSWORD or keyring, not on the command line"
        if _url_has_credentials(arg):
            return "the repository URL carries credentials: use TWINE_USERNAME/TWINE_PASSWORD or keyring"
    return None
