/**
 * Hashing and random names from node:crypto, loaded on first use. Loading
 * node:crypto (and the streams it pulls in) costs a short CLI run 3–8 ms;
 * `compare` and `gap` of an Act with no build record never hash, so they
 * should not pay for it at start-up, as a static import would make them.
 */
import type {Hash} from 'node:crypto';

type Crypto = typeof import('node:crypto');
let loaded: Crypto | undefined;

function crypto(): Crypto {
  loaded ??= process.getBuiltinModule('node:crypto');
  return loaded;
}

/** A hash object, as node:crypto's `createHash`. */
export function createHash(algorithm: 'sha256'): Hash {
  return crypto().createHash(algorithm);
}

/** Random bytes, as node:crypto's `randomBytes`. */
export function randomBytes(size: number): Buffer {
  return crypto().randomBytes(size);
}
