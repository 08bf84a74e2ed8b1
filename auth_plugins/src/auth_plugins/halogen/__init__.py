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
  key id, `exp` 300 s after `iat`, a uuid4 `jti` and `aud` = the origin of `base_url`
  (inferred), signed ES256 or RS256 by key type. It is cached in a `TokenStore` shared per
  (credentials, origin, clock, ttl), so a token minted for staging never reaches production,
  reused until 60 s before `exp` (single-flight across threads and tasks), and re-minted once
  after a 401 (adopting the server's clock from `Date`, by ±300 s at most).
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
    from ._auth import HalogenAuth as HalogenAuth
    from ._credentials import Credentials as Credentials
    from ._jwt import DEFAULT_TTL as DEFAULT_TTL
    from ._jwt import MAX_TTL as MAX_TTL
    from ._jwt import build_claims as build_claims
    from ._jwt import build_header as build_header
    from ._jwt import leeway_for as leeway_for
    from ._jwt import mint as mint
    from ._keys import KEY_FILES as KEY_FILES
    from ._keys import KeyFiles as KeyFiles
    from ._keys import PrivateKey as PrivateKey
    from ._keys import algorithm_for as algorithm_for
    from ._keys import build_csr as build_csr
    from ._keys import generate_private_key as generate_private_key
    from ._keys import keygen as keygen
    from ._keys import load_private_key as load_private_key
    from ._keys import parse_subject as parse_subject
    from ._keys import private_key_pem as private_key_pem
    from ._keys import public_key_fingerprint as public_key_fingerprint
    from ._provider import async_transport as async_transport
    from ._provider import client as client
    from ._provider import provider as provider
    from ._provider import token_store as token_store
    from ._provider import transport as transport
    from ._typed import IDEMPOTENCY_HEADER as IDEMPOTENCY_HEADER
    from ._typed import RESULT_SCHEMAS as RESULT_SCHEMAS
    from ._typed import acommand as acommand
    from ._typed import aquery as aquery
    from ._typed import command as command
    from ._typed import query as query
    from ._typed import result_model as result_model
else:  # type checkers read the imports above; each name loads its module on first use
    __getattr__, __dir__, __all__ = lazy_exports(
        __name__,
        {
            "._auth": ("HalogenAuth",),
            "._credentials": ("Credentials",),
            "._jwt": (
                "DEFAULT_TTL",
                "MAX_TTL",
                "build_claims",
                "build_header",
                "leeway_for",
                "mint",
            ),
            "._keys": (
                "KEY_FILES",
                "KeyFiles",
                "PrivateKey",
                "algorithm_for",
                "build_csr",
                "generate_private_key",
                "keygen",
                "load_private_key",
                "parse_subject",
                "private_key_pem",
                "public_key_fingerprint",
            ),
            "._provider": (
                "async_transport",
                "client",
                "provider",
                "token_store",
                "transport",
            ),
            "._typed": (
                "IDEMPOTENCY_HEADER",
                "RESULT_SCHEMAS",
                "acommand",
                "aquery",
                "command",
                "query",
                "result_model",
            ),
        },
    )
