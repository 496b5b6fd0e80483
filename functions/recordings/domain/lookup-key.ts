import { createHmac } from 'node:crypto';

/**
 * The index never holds a caller's number. Each contact is filed under a keyed hash (HMAC-SHA256) of the
 * number and the day of the call in Almaty: what the authorized body names in its request. Hashing the pair,
 * not the number alone, keeps one caller's calls on different days unlinkable in the index, and without the
 * key (kept apart from the index, see `adapters/hash-key.ts`) nobody can test numbers against it.
 */

/** Bytes of a freshly generated HMAC key (the SHA-256 block size would allow up to 64; 32 is plenty). */
export const HASH_KEY_BYTES = 32;

// A label inside the MAC keeps these hashes distinct from any other use of the same key.
const PURPOSE = 'qoldau:recording-lookup:v1';

/** The lookup hash (hex) of an E.164 number and an Almaty calendar day `YYYY-MM-DD`. */
export function lookupHash(key: Uint8Array, e164: string, almatyDay: string): string {
  return createHmac('sha256', key).update(`${PURPOSE}\u0000${e164}\u0000${almatyDay}`, 'utf8').digest('hex');
}
