"""The business key pair of WhatsApp Flows: a 2048-bit RSA key whose public half is registered with Meta.

Upload the public key with ``client.encryption.set_public_key`` (``POST /{phone_number_id}/whatsapp_business_encryption``)
or ``wacloud flows keygen --upload``; keep the private key with the endpoint, never in logs or source control.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .._errors import ConfigurationError, InvalidArgumentError
from ._crypto import _require_cryptography, load_private_key

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey

__all__ = ["KeyPair", "generate_key_pair", "public_key_pem", "write_private_key"]

#: Meta asks for a 2048-bit RSA key.
KEY_SIZE = 2048


@dataclass(frozen=True, slots=True)
class KeyPair:
    """A freshly generated key pair; the private PEM is kept out of the repr."""

    private_key_pem: bytes = field(repr=False)
    public_key_pem: str


def generate_key_pair(*, password: str | bytes | None = None) -> KeyPair:
    """Generate a 2048-bit RSA key pair (PKCS#8 private key, encrypted when ``password`` is given).

    Example: ``pair = flows.generate_key_pair(password=os.environ["FLOWS_KEY_PASSWORD"])``
    """
    _require_cryptography()
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=KEY_SIZE)
    secret = password.encode("utf-8") if isinstance(password, str) else password
    encryption: serialization.KeySerializationEncryption = (
        serialization.BestAvailableEncryption(secret) if secret else serialization.NoEncryption()
    )
    private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption)
    return KeyPair(private_pem, public_key_pem(key))


def public_key_pem(private_key: str | bytes | RSAPrivateKey, *, password: str | bytes | None = None) -> str:
    """The public key (SubjectPublicKeyInfo PEM, the form Meta takes) of a private key.

    Example: ``client.encryption.set_public_key(body=...(business_public_key=flows.public_key_pem(private_pem)))``
    """
    from cryptography.hazmat.primitives import serialization

    key = load_private_key(private_key, password=password)
    return (
        key.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode("ascii")
    )


def write_private_key(path: str | os.PathLike[str], private_key_pem: bytes, *, overwrite: bool = False) -> Path:
    """Write a private key readable by its owner only (mode 0600 from creation, never a wider window).

    Refuses to replace an existing file unless ``overwrite`` is true. Example:
    ``flows.write_private_key("flows-private.pem", pair.private_key_pem)``
    """
    if not private_key_pem:
        raise InvalidArgumentError("private_key_pem is empty.")
    target = Path(path)
    flags = os.O_WRONLY | os.O_CREAT | (os.O_TRUNC if overwrite else os.O_EXCL)
    try:
        descriptor = os.open(target, flags, 0o600)
    except FileExistsError:
        raise ConfigurationError(f"{target} already exists: choose another path or allow overwriting it.") from None
    except OSError as error:
        raise ConfigurationError(f"Cannot write the private key to {target}: {error.strerror}.") from None
    with os.fdopen(descriptor, "wb") as handle:
        os.fchmod(handle.fileno(), 0o600)  # an existing file being overwritten keeps its mode otherwise
        handle.write(private_key_pem)
    return target
