"""Keys of an office: Ed25519 to sign packages, X25519 to receive encrypted ones.

Keys travel as base64 text of their raw 32 bytes. Encryption is to the receiving office's
public key: an ephemeral X25519 key agreement, HKDF-SHA256, then ChaCha20-Poly1305.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_RAW = serialization.Encoding.Raw
_INFO = b"htx-desktop package encryption v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class KeyPair:
    private: str
    public: str


def new_signing_key() -> KeyPair:
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return KeyPair(
        _b64(private), _b64(key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw))
    )


def new_box_key() -> KeyPair:
    key = X25519PrivateKey.generate()
    private = key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return KeyPair(
        _b64(private), _b64(key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw))
    )


def sign(private: str, data: bytes) -> str:
    return _b64(Ed25519PrivateKey.from_private_bytes(_unb64(private)).sign(data))


def verify(public: str, data: bytes, signature: str) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(_unb64(public)).verify(_unb64(signature), data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _derive(shared: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(shared)


def encrypt(recipient_public: str, plaintext: bytes) -> tuple[str, bytes]:
    """Returns (ephemeral public key, nonce + ciphertext)."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(_unb64(recipient_public)))
    nonce = os.urandom(12)
    sealed = ChaCha20Poly1305(_derive(shared)).encrypt(nonce, plaintext, None)
    public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
    return _b64(public), nonce + sealed


def decrypt(private: str, ephemeral_public: str, blob: bytes) -> bytes | None:
    """The plaintext, or None when the key is wrong or the data was altered."""
    try:
        key = X25519PrivateKey.from_private_bytes(_unb64(private))
        shared = key.exchange(X25519PublicKey.from_public_bytes(_unb64(ephemeral_public)))
        return ChaCha20Poly1305(_derive(shared)).decrypt(blob[:12], blob[12:], None)
    except (InvalidTag, ValueError, TypeError):
        return None
