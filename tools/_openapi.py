"""What the tools and the sandbox share about OpenAPI documents (stdlib only, cheap to import)."""

from __future__ import annotations

__all__ = ["HTTP_METHODS"]

# The keys of an OpenAPI 3.1 path item that hold an operation.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
