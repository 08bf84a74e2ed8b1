"""`python -m auth_plugins.halogen keygen`: a Halogen API key pair and its CSR, without openssl.

    python -m auth_plugins.halogen keygen --alg ec \\
        --subject "/C=MY/ST=State/L=City/O=Organization/OU=Unit/CN=example.com" --out .key

writes .key/ec_private_key.pem (mode 0600) and .key/ec_csr.pem (or rsa_private_key.pem and
rsa_csr.pem for `--alg rsa`, RSA-4096), as the docs' openssl commands do. Existing files are never
overwritten. Upload the CSR at wallet.halogen.my → Settings → API Keys; keep the key.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import ConfigurationError
from ._keys import keygen

DEFAULT_SUBJECT = "/C=MY/ST=State/L=City/O=Organization/OU=Unit/CN=example.com"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m auth_plugins.halogen",
        description="Halogen API key tools.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    gen = commands.add_parser(
        "keygen",
        help="make a private key and its CSR (like the docs' openssl commands)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    gen.add_argument(
        "--alg", choices=["ec", "rsa"], required=True, help="ec = P-256 (ES256), rsa = RSA-4096 (RS256)"
    )
    gen.add_argument(
        "--subject", default=DEFAULT_SUBJECT, help=f"openssl -subj style (default: {DEFAULT_SUBJECT})"
    )
    gen.add_argument("--out", default=".key", help="directory for the files (default: .key)")
    args = parser.parse_args(argv)

    try:
        files = keygen(args.alg, args.subject, args.out)
    except (ConfigurationError, FileExistsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"private key ({files.algorithm}, mode 0600): {files.private_key}")
    print(f"CSR (PEM, SHA-256):                {files.csr}")
    print(f"public key SHA-256:                {files.fingerprint}")
    print("Next: create an API key from the CSR at wallet.halogen.my -> Settings -> API Keys, then")
    print(f"  export HALOGEN_KEY_ID=<the key id>  HALOGEN_PRIVATE_KEY_PATH={files.private_key}")
    print("The private key never leaves your infrastructure; do not commit it.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
