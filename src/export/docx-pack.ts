/**
 * Pack a `docx` Document into bytes that depend only on its content. The
 * `docx` package stamps the core properties with the clock, numbers
 * bookmarks from a counter shared by every document made in the process, and
 * the zip carries file times; each is normalised here so the same input
 * always gives the same file (tests compare bytes; version control diffs stay quiet).
 */
import {type Document, encodeUtf8, Packer} from 'docx';
import {strFromU8, strToU8, unzipSync, zipSync, type Zippable} from 'fflate';
import {type ZipPart, zipParts} from './docx-zip.js';

/** Options for {@link packDocx}. */
export interface PackOptions {
  /** Date written as the document's created/modified date (`YYYY-MM-DD`); omitted when not given. */
  date?: string | undefined;
}

// Local-time components: fflate writes DOS times from local fields, so this is the same bytes in every time zone.
const fixedTime = new Date(2000, 0, 1, 0, 0, 0);

/** Renumber bookmark ids in order of appearance (the package's counter is process-wide). */
function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/<w:bookmark(Start|End)\b([^>]*?)w:id="(\d+)"/g, (_whole, kind: string, rest: string, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `<w:bookmark${kind}${rest}w:id="${ids.get(id)}"`;
  });
}

function fixCore(xml: string, date: string | undefined): string {
  const stamp = (name: string) => (date ? `<dcterms:${name} xsi:type="dcterms:W3CDTF">${date}T00:00:00Z</dcterms:${name}>` : '');
  return xml
    .replace(/<dcterms:created\b[^>]*>[^<]*<\/dcterms:created>/, stamp('created'))
    .replace(/<dcterms:modified\b[^>]*>[^<]*<\/dcterms:modified>/, stamp('modified'));
}

/** The package's parts as `docx` compiles them (its Packer zips them; what a part holds is a string or bytes). */
type Compile = (file: Document, prettify?: undefined, overrides?: readonly unknown[]) => Map<string, unknown>;

/**
 * `docx`'s own compiler, when it is there: the Packer's, which is not public
 * API. Through it the parts are had without zipping them only to unzip them
 * again; without it (another version of `docx`), {@link packDocxGeneral}.
 */
const compile: Compile | undefined = (() => {
  const compiler = (Packer as unknown as {compiler?: {compile?: unknown}}).compiler;
  return compiler && typeof compiler.compile === 'function' ? (compiler.compile as Compile).bind(compiler) : undefined;
})();

/** What is normalised in a part, by its path (undefined: nothing). */
function fixFor(name: string, options: PackOptions): ((xml: string) => string) | undefined {
  if (name === 'docProps/core.xml') return (xml) => fixCore(xml, options.date);
  if (/^word\/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$/.test(name)) return renumberBookmarks;
  return undefined;
}

/** Zip options of every part: fixed times, one level. */
const zipOptions = {mtime: fixedTime, level: 6};

/** Pack a document deterministically. */
export async function packDocx(doc: Document, options: PackOptions = {}): Promise<Uint8Array> {
  if (!compile) return packDocxGeneral(doc, options);
  const parts: ZipPart[] = [];
  for (const [name, data] of compile(doc, undefined, [])) {
    const fix = fixFor(name, options);
    if (typeof data === 'string') {
      // As the general path: the bytes docx would zip (encodeUtf8), a fixed part decoded and encoded again.
      const text = fix ? fix(strFromU8(encodeUtf8(data))) : data;
      parts.push({name, bytes: fix ? strToU8(text) : encodeUtf8(data), text});
    } else {
      const raw = bytesOf(data);
      parts.push({name, bytes: fix ? strToU8(fix(strFromU8(raw))) : raw});
    }
  }
  return zipParts(parts, zipOptions);
}

/** docx's bytes of a part that is not a string (as its Packer takes them). */
function bytesOf(data: unknown): Uint8Array {
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data as ArrayBufferLike);
}

/** Pack a document through docx's public Packer: zipped, unzipped, normalised and zipped again (the same bytes as {@link packDocx}). */
export async function packDocxGeneral(doc: Document, options: PackOptions = {}): Promise<Uint8Array> {
  const raw = await Packer.toBuffer(doc);
  const files = unzipSync(new Uint8Array(raw));
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    const fix = fixFor(name, options);
    out[name] = [fix ? strToU8(fix(strFromU8(data))) : data, {mtime: fixedTime, level: 6}];
  }
  return zipSync(out);
}
