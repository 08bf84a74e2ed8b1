"""httpx transports for the generated provider clients.

Provider modules (`auth_plugins.payinout`, ...) are imported on demand so that importing one
provider never pays for another's dependencies (cryptography, PyJWT).
"""

from . import errors

__all__ = ["errors"]
__version__ = "0.1.0"
