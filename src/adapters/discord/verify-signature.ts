// Ed25519 verification of Discord's interaction requests, over the raw bytes as received.
// Discord sends bad signatures on purpose and removes endpoints that accept them.
import { createPublicKey, type KeyObject, verify } from 'node:crypto';

// DER header of an Ed25519 SubjectPublicKeyInfo; the 32-byte key from the portal follows it.
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export type SignatureVerifier = (
  signatureHex: string | undefined,
  timestamp: string | undefined,
  rawBody: Buffer,
) => boolean;

export function publicKeyFromHex(publicKeyHex: string): KeyObject {
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(publicKeyHex, 'hex')]),
    format: 'der',
    type: 'spki',
  });
}

export function createSignatureVerifier(publicKeyHex: string): SignatureVerifier {
  const key = publicKeyFromHex(publicKeyHex);
  return (signatureHex, timestamp, rawBody) => {
    if (!signatureHex || !timestamp || !/^[0-9a-f]{128}$/i.test(signatureHex)) return false;
    try {
      return verify(
        null,
        Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]),
        key,
        Buffer.from(signatureHex, 'hex'),
      );
    } catch {
      return false;
    }
  };
}
