/**
 * Word (`.docx`) to Markdown lines, through mammoth's HTML (headings by
 * Word's heading styles, bold and italic kept). A Word file has no lines,
 * so positions are paragraph numbers: "line 12" is the twelfth paragraph.
 */
import mammoth from 'mammoth';
import {diagnostic, InputError} from '../util/diagnostics.js';
import type {ConvertedLines} from './converted.js';
import {htmlToLines} from './html.js';

/**
 * Title paragraphs as the top heading, where the title is: Word's own Title
 * style (Acts typed in Word often use it) and the Bill Title style of this
 * tool's Word export. Mammoth maps only Word's Heading styles by itself, so
 * without these the title would be an ordinary paragraph (and, after a
 * contents list, left out).
 */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Bill Title'] => h1:fresh"];

/** Convert a Word document to Markdown lines. */
export async function docxToLines(input: string | Uint8Array, path: string): Promise<ConvertedLines> {
  const buffer = typeof input === 'string' ? Buffer.from(input, 'binary') : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({buffer}, {styleMap: STYLE_MAP})).value;
  } catch (error) {
    throw new InputError(
      diagnostic(`Unexpected content in a Word file (${(error as Error).message.split('\n')[0]}), expected a .docx document`, {
        file: path,
        ruleId: 'unreadable-docx',
        source: 'act'
      })
    );
  }
  return htmlToLines(html, path, {byParagraph: true, format: 'docx'});
}
