/**
 * The one reader: any Act or bill, in any of the formats Acts come in, to a
 * {@link Bill}.
 *
 * Markdown and plain text are read line by line ({@link readLines}); Word
 * (`.docx`), HTML pages as legislation websites publish them and Akoma
 * Ntoso XML are first turned into Markdown lines by their converters, which
 * keep where each line came from, so positions in messages and evidence
 * still point into the file the user gave (for Word, the line is the
 * paragraph number).
 *
 * `lenient` reads any Act; `strict` reads the tool's own drafts and stops
 * with positioned errors when their layout is broken (export uses it).
 */
import type {Bill, SourceFormat} from '../bill/model.js';
import {failOnErrors, InputError} from '../util/diagnostics.js';
import {readBinaryFile, readTextFile, type SizeLimit} from '../util/files.js';
import {detectFormat} from './detect.js';
import {readLines} from './machine.js';
import type {ReadMode} from './tree.js';

export {detectFormat, type DetectedFormat} from './detect.js';
export {classifyLine} from './machine.js';
export type {ReadMode, InlineSyntax} from './tree.js';

/** Options for {@link readAct}. */
export interface ReadOptions {
  /** `lenient` (default) for any Act, `strict` for the tool's own drafts. */
  mode?: ReadMode | undefined;
  /** The format, when known; otherwise detected from the name and the content. */
  format?: SourceFormat | undefined;
  /** Build each section's provisions when first read (Markdown and text; see `MachineOptions.lazy`). */
  lazy?: boolean | undefined;
}

/**
 * Read a document already in memory (text, or bytes for Word). Lenient
 * reading never throws on content: what could not be read is in
 * `bill.messages` (a fatal one when nothing was read; see {@link readActOrFail}).
 */
export async function readAct(input: string | Uint8Array, path: string, options: ReadOptions = {}): Promise<Bill> {
  const format = options.format ?? detectFormat(path, input);
  const mode = options.mode ?? 'lenient';
  if (format === 'docx') {
    const {docxToLines} = await import('./docx.js');
    return (await docxToLines(input, path)).read(mode);
  }
  const text = typeof input === 'string' ? input : new TextDecoder().decode(input);
  if (format === 'html') {
    const {htmlToLines} = await import('./html.js');
    return htmlToLines(text, path).read(mode);
  }
  if (format === 'akn') {
    const {aknToLines} = await import('./akn.js');
    return aknToLines(text, path).read(mode);
  }
  return readText(text, path, {mode, format: format === 'text' ? 'text' : 'markdown', lazy: options.lazy});
}

/** Read Markdown or plain text synchronously (the formats read line by line). */
export function readText(
  text: string,
  path: string,
  options: {mode?: ReadMode | undefined; format?: 'markdown' | 'text' | undefined; lazy?: boolean | undefined} = {}
): Bill {
  const format = options.format ?? 'markdown';
  const mode = options.mode ?? 'lenient';
  return readLines(text, {
    path,
    mode,
    inline: format === 'text' ? 'plain' : 'markdown',
    format,
    lazy: mode === 'lenient' && options.lazy === true
  });
}

/** As {@link readAct}, raising an InputError (exit 2) when the document is empty or not an Act. */
export async function readActOrFail(input: string | Uint8Array, path: string, options: ReadOptions = {}): Promise<Bill> {
  const bill = await readAct(input, path, options);
  failOnErrors(bill.messages);
  return bill;
}

/**
 * Read an Act from a file: Word files as bytes, every other format as UTF-8
 * text (with the usual refusals of missing, binary and empty files).
 * Messages name the file as `display` (the path the user typed).
 */
export async function readActFile(
  absolute: string,
  display: string,
  options: ReadOptions & SizeLimit & {source?: string} = {}
): Promise<Bill> {
  const source = options.source ?? 'act';
  const isDocx = /\.docx$/i.test(absolute) || options.format === 'docx';
  let input: string | Uint8Array;
  try {
    const read = {source, maxBytes: options.maxBytes};
    input = isDocx ? await readBinaryFile(absolute, read) : await readTextFile(absolute, read);
  } catch (error) {
    // Messages about the Act itself name it as the user gave it (others, such as an unfinished publish record, keep their own file).
    if (error instanceof InputError) for (const m of error.messages) if (m.file === absolute) m.file = display;
    throw error;
  }
  return readAct(input, display, options);
}
