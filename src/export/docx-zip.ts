/**
 * The zip writer behind `packDocx`: the bytes of fflate's `zipSync` with
 * every file at one DEFLATE level and one time (no comments, no extra
 * fields), and each compressed part remembered by its text.
 *
 * A Word package is mostly parts that are the same in every document of a
 * kind (styles, theme, numbering, settings, relationships): the workshop
 * writes thirty feedback sheets that differ in `document.xml` and
 * `core.xml` only. DEFLATE gives the same bytes for the same input and
 * level, so a part whose text was compressed before in this process is
 * not compressed again. test/docx-zip.test.ts checks the bytes against
 * `zipSync` on random files.
 */
import {crc32} from 'node:zlib';
import {deflateSync, strToU8} from 'fflate';

/** One file of the archive. `text`, when given, is what `bytes` encode (UTF-8): the key its compressed form is remembered by. */
export interface ZipPart {
  name: string;
  bytes: Uint8Array;
  text?: string | undefined;
}

/** A compressed part. */
interface Packed {
  crc: number;
  data: Uint8Array;
}

/** Compressed parts by level and text, the most recently used last; at most {@link MEMO_SIZE}. */
const memo = new Map<string, Packed>();
const MEMO_SIZE = 64;

function pack(part: ZipPart, level: number): Packed {
  const key = part.text === undefined ? undefined : `${level}\0${part.text}`;
  if (key !== undefined) {
    const known = memo.get(key);
    if (known) {
      memo.delete(key);
      memo.set(key, known);
      return known;
    }
  }
  const packed = {crc: crc32(part.bytes) >>> 0, data: level === 0 ? part.bytes : deflateSync(part.bytes, {level: level as 6})};
  if (key !== undefined) {
    memo.set(key, packed);
    if (memo.size > MEMO_SIZE) memo.delete(memo.keys().next().value!);
  }
  return packed;
}

/** MS-DOS date and time from local fields, as fflate writes them. */
function dosTime(date: Date): number {
  const y = date.getFullYear() - 1980;
  if (y < 0 || y > 119) throw new RangeError('A zip file time must be between 1980 and 2099');
  return (
    ((y << 25) |
      ((date.getMonth() + 1) << 21) |
      (date.getDate() << 16) |
      (date.getHours() << 11) |
      (date.getMinutes() << 5) |
      (date.getSeconds() >> 1)) >>>
    0
  );
}

/**
 * Zip `parts` in order, each at `level` (0 stores) with `mtime`: the same
 * bytes as fflate's `zipSync({[name]: [bytes, {level, mtime}], …})`.
 */
export function zipParts(parts: readonly ZipPart[], options: {level: number; mtime: Date}): Uint8Array {
  const time = dosTime(options.mtime);
  const method = options.level === 0 ? 0 : 8;
  const files = parts.map((part) => {
    const name = strToU8(part.name);
    if (name.length > 65535) throw new RangeError(`A zip file name must be shorter than 65536 bytes: ${part.name}`);
    return {name, utf8: name.length !== part.name.length, size: part.bytes.length, ...pack(part, options.level)};
  });
  let local = 0;
  let central = 0;
  for (const f of files) {
    local += 30 + f.name.length + f.data.length;
    central += 46 + f.name.length;
  }
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  let c = local;
  for (const f of files) {
    const offset = at;
    // Local file header.
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, 20, true);
    out[at + 7] = f.utf8 ? 8 : 0;
    view.setUint16(at + 8, method, true);
    view.setUint32(at + 10, time, true);
    view.setUint32(at + 14, f.crc, true);
    view.setUint32(at + 18, f.data.length, true);
    view.setUint32(at + 22, f.size, true);
    view.setUint16(at + 26, f.name.length, true);
    out.set(f.name, at + 30);
    out.set(f.data, at + 30 + f.name.length);
    at += 30 + f.name.length + f.data.length;
    // Central directory header.
    view.setUint32(c, 0x02014b50, true);
    out[c + 4] = 20;
    view.setUint16(c + 6, 20, true);
    out[c + 9] = f.utf8 ? 8 : 0;
    view.setUint16(c + 10, method, true);
    view.setUint32(c + 12, time, true);
    view.setUint32(c + 16, f.crc, true);
    view.setUint32(c + 20, f.data.length, true);
    view.setUint32(c + 24, f.size, true);
    view.setUint16(c + 28, f.name.length, true);
    view.setUint32(c + 42, offset, true);
    out.set(f.name, c + 46);
    c += 46 + f.name.length;
  }
  // End of central directory.
  view.setUint32(c, 0x06054b50, true);
  view.setUint16(c + 8, files.length, true);
  view.setUint16(c + 10, files.length, true);
  view.setUint32(c + 12, central, true);
  view.setUint32(c + 16, local, true);
  return out;
}
