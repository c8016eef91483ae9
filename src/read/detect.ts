/**
 * Which format a document is in: from its name first, then from what it
 * holds (a Word file is a ZIP archive; HTML and Akoma Ntoso announce
 * themselves in their first elements), so a `.txt` that is really HTML, or a
 * download without an extension, is still read right.
 */
import type {SourceFormat} from '../bill/model.js';

/** A format the reader can read (every {@link SourceFormat} but `built`). */
export type DetectedFormat = Exclude<SourceFormat, 'built'>;

/** Detect the format of a document from its path and content. */
export function detectFormat(path: string, input: string | Uint8Array): DetectedFormat {
  if (typeof input !== 'string' && input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04) return 'docx';
  const extension = /\.([A-Za-z0-9]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';
  if (extension === 'docx') return 'docx';
  const head = (typeof input === 'string' ? input.slice(0, 4096) : new TextDecoder().decode(input.subarray(0, 4096)))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (/^<(?:\?xml|akomaNtoso|!--)/i.test(head) || extension === 'xml' || extension === 'akn') {
    if (/<akomaNtoso\b/.test(head) || /<akomaNtoso\b/.test(typeof input === 'string' ? input.slice(0, 20000) : '')) return 'akn';
    if (/<html\b|<body\b|<!doctype html/i.test(head)) return 'html';
  }
  if (['html', 'htm', 'xhtml'].includes(extension) || /^(?:<!doctype html|<html\b|<head\b|<body\b)/i.test(head)) return 'html';
  if (extension === 'txt' || extension === 'text') return 'text';
  return 'markdown';
}
