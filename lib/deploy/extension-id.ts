import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/**
 * An extension's id is fixed by its signing key: the first 128 bits of the SHA-256 of the public key (DER,
 * SubjectPublicKeyInfo), written with the letters a–p for the hex digits 0–f.
 */
export function extensionIdFromPublicKey(spkiDer: Uint8Array): string {
  const hex = createHash('sha256').update(spkiDer).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface SigningKey {
  privateKey: KeyObject;
  /** The manifest's `key`: the public key as base64 DER. */
  manifestKey: string;
  extensionId: string;
  bits: number;
}

/** Reads a PEM private key (PKCS#8 or PKCS#1, as `openssl genrsa` writes) and checks it can sign a CRX. */
export function readSigningKey(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem);
  if (privateKey.asymmetricKeyType !== 'rsa') {
    throw new Error(`The signing key must be an RSA key (got ${privateKey.asymmetricKeyType ?? 'unknown'}).`);
  }
  const bits = privateKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 2048)
    throw new Error(`The signing key has ${bits} bits; use at least 2048 (openssl genrsa 4096).`);
  const der = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  return {
    privateKey,
    manifestKey: der.toString('base64'),
    extensionId: extensionIdFromPublicKey(der),
    bits,
  };
}
