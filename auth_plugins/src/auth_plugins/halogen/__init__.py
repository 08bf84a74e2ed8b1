"""Halogen wallet API: a Bearer JWT signed by your EC P-256 or RSA-4096 key, real HTTP errors.

```python
from auth_plugins import halogen
creds = halogen.Credentials.from_env()   # HALOGEN_KEY_ID + HALOGEN_PRIVATE_KEY (PEM) or _PATH
client = halogen.client(creds, base_url="https://external-api.wallet.halogen.my")
accounts = halogen.query(client, ListClientAccounts(payload=...))   # -> ListClientAccountsResult
```

- Keys: `python -m auth_plugins.halogen keygen --alg ec|rsa --subject "/C=MY/.../CN=example.com"
  --out .key` writes the private key (0600) and the CSR to upload at wallet.halogen.my →
  Settings → API Keys, like the docs' openssl commands (`_keys.py`).
- Token: a JWT (claims inferred, one place: `_jwt.build_claims`) with `kid`/`iss`/`sub` = the
  key id, `exp` 300 s after `iat` and a uuid4 `jti`, signed ES256 or RS256 by key type. It is
  cached in a `TokenStore` shared per (credentials, clock, ttl), reused until 60 s before `exp`
  (single-flight across threads and tasks), and re-minted once after a 401.
- Errors: real HTTP statuses (`classify_http_json`): 400 BadRequestError, 401
  AuthenticationError, 403 PermissionDeniedError, 404 NotFoundError, 412
  PreconditionFailedError, 429 RateLimitError (retried first), with the body's `code` as
  `error_type`. `/query` is `x-idempotent` in the spec and retried after a 5xx; `/command` is
  never resent after it may have arrived unless the call carries an `Idempotency-Key`.
- Typed calls: `query`/`command` (and `aquery`/`acommand`) return the result model named by each
  request schema's `x-result-schema` (`_typed.py`); the generated functions return a Union.
"""

from .._lazy import lazy_exports

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would cost more than this file

if TYPE_CHECKING:
    from ._impl import (
        DEFAULT_TTL,
        IDEMPOTENCY_HEADER,
        KEY_FILES,
        MAX_TTL,
        RESULT_SCHEMAS,
        Credentials,
        HalogenSigner,
        KeyFiles,
        PrivateKey,
        acommand,
        algorithm_for,
        aquery,
        async_transport,
        build_claims,
        build_csr,
        build_header,
        client,
        command,
        generate_private_key,
        keygen,
        leeway_for,
        load_private_key,
        mint,
        parse_subject,
        private_key_pem,
        profile,
        public_key_fingerprint,
        query,
        result_model,
        token_store,
        transport,
    )

__all__ = [
    "DEFAULT_TTL",
    "IDEMPOTENCY_HEADER",
    "KEY_FILES",
    "MAX_TTL",
    "RESULT_SCHEMAS",
    "Credentials",
    "HalogenSigner",
    "KeyFiles",
    "PrivateKey",
    "acommand",
    "algorithm_for",
    "aquery",
    "async_transport",
    "build_claims",
    "build_csr",
    "build_header",
    "client",
    "command",
    "generate_private_key",
    "keygen",
    "leeway_for",
    "load_private_key",
    "mint",
    "parse_subject",
    "private_key_pem",
    "profile",
    "public_key_fingerprint",
    "query",
    "result_model",
    "token_store",
    "transport",
]

if not TYPE_CHECKING:  # type checkers see the imports above; the implementation loads on first use
    __getattr__, __dir__ = lazy_exports(__name__, "._impl", __all__)
