/**
 * Pack a `docx` Document into bytes that depend only on its content. The
 * `docx` package stamps the core properties with the clock, numbers
 * bookmarks from a counter shared by every document made in the process, and
 * the zip carries file times; each is normalised here so the same input
 * always gives the same file (tests compare bytes; version control diffs stay quiet).
 */
import {type Document, Packer} from 'docx';
import {strFromU8, strToU8, unzipSync, zipSync, type Zippable} from 'fflate';

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

/** Pack a document deterministically. */
export async function packDocx(doc: Document, options: PackOptions = {}): Promise<Uint8Array> {
  const raw = await Packer.toBuffer(doc);
  const files = unzipSync(new Uint8Array(raw));
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    let bytes = data;
    if (name === 'docProps/core.xml') bytes = strToU8(fixCore(strFromU8(data), options.date));
    else if (/^word\/(document|footnotes|endnotes|header\d*|footer\d*)\.xml$/.test(name))
      bytes = strToU8(renumberBookmarks(strFromU8(data)));
    out[name] = [bytes, {mtime: fixedTime, level: 6}];
  }
  return zipSync(out);
}
