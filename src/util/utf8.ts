/**
 * Strict UTF-8: find the first byte that is not part of a well-formed UTF-8
 * sequence (overlong forms and encoded surrogates included), so a file saved
 * as Windows-1252 or Latin-1 is refused at the byte that shows it instead of
 * being read with U+FFFD in place of its accents.
 */
import {isUtf8} from 'node:buffer';

/** Offset of the first byte of the first ill-formed sequence, or -1 when the bytes are UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0; // overlong
      if (b === 0xed) high = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90; // overlong
      if (b === 0xf4) high = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const [lo, hi] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Windows-1252's characters at 0x80–0x9F (where Latin-1 has controls); undefined places are empty. */
const cp1252High = '€\u0000‚ƒ„…†‡ˆ‰Š‹Œ\u0000Ž\u0000\u0000‘’“”•–—˜™š›œ\u0000žŸ';

/** What an invalid byte most likely was: the Windows-1252 character it stands for there. */
export function windows1252Guess(byte: number): string | undefined {
  if (byte < 0x80) return undefined;
  // Node decodes the label "windows-1252" as Latin-1, so the 0x80–0x9F row is spelt out here.
  const decoded = byte <= 0x9f ? cp1252High[byte - 0x80]! : String.fromCharCode(byte);
  return /^[\p{L}\p{N}\p{P}\p{S}]$/u.test(decoded) ? decoded : undefined;
}
