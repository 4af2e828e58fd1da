"""Keys of an office: Ed25519 to sign packages, X25519 to receive encrypted ones.

Keys travel as base64 text of their raw 32 bytes. Encryption is to the receiving office's
public key: an ephemeral X25519 key agreement, HKDF-SHA256, then ChaCha20-Poly1305.

`cryptography` is imported by the functions that use it, not with this module: the window
imports the packaging modules (which import this one) with its pages, and `cryptography`
with its Rust and OpenSSL libraries took 9 MB of its memory before any package was signed.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

_INFO = b"htx-desktop package encryption v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeyPair:
    private: str
    public: str


def _pair(key: Ed25519PrivateKey | X25519PrivateKey) -> KeyPair:
    from cryptography.hazmat.primitives import serialization

    raw = serialization.Encoding.Raw
    private = key.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    public = key.public_key().public_bytes(raw, serialization.PublicFormat.Raw)
    return KeyPair(_b64(private), _b64(public))


def new_signing_key() -> KeyPair:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return _pair(Ed25519PrivateKey.generate())


def new_box_key() -> KeyPair:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return _pair(X25519PrivateKey.generate())


def sign(private: str, data: bytes) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return _b64(Ed25519PrivateKey.from_private_bytes(_unb64(private)).sign(data))


def verify(public: str, data: bytes, signature: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(_unb64(public)).verify(_unb64(signature), data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _derive(shared: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(shared)


def encrypt(recipient_public: str, plaintext: bytes) -> tuple[str, bytes]:
    """Returns (ephemeral public key, nonce + ciphertext)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(_unb64(recipient_public)))
    nonce = os.urandom(12)
    sealed = ChaCha20Poly1305(_derive(shared)).encrypt(nonce, plaintext, None)
    public = ephemeral.public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    return _b64(public), nonce + sealed


def decrypt(private: str, ephemeral_public: str, blob: bytes) -> bytes | None:
    """The plaintext, or None when the key is wrong or the data was altered."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    try:
        key = X25519PrivateKey.from_private_bytes(_unb64(private))
        shared = key.exchange(X25519PublicKey.from_public_bytes(_unb64(ephemeral_public)))
        return ChaCha20Poly1305(_derive(shared)).decrypt(blob[:12], blob[12:], None)
    except (InvalidTag, ValueError, TypeError):
        return None
