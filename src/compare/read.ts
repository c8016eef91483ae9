/**
 * Reading an Act for compare and matrix: the file (clear errors for missing,
 * binary, empty), the one reader (any format: Markdown, plain text, Word,
 * HTML, Akoma Ntoso), and the provenance file next to it when there is one.
 */
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import type {Bill} from '../bill/model.js';
import type {ActDocument} from '../act/types.js';
import {flatView} from '../act/view.js';
import {readActFile, readText} from '../read/index.js';
import {diagnostic, InputError} from '../util/diagnostics.js';
import type {SizeLimit} from '../util/files.js';
import {provenancePathFor, readProvenanceFor, type Provenance} from './provenance.js';

/** An Act as compare reads it. */
export interface LoadedAct {
  /** The flat view of the Bill (sections in order), which provenance and the matrix read. */
  act: ActDocument;
  /** The Bill as read. */
  bill: Bill;
  /** Provenance from `<name>.build.json` beside the file, when present and readable. */
  provenance?: Provenance | undefined;
  /**
   * A build record sits beside the file, usable or not: the file is a draft
   * the tool built (a broken record is reported and its explanations skipped,
   * but the draft is still compared as a draft).
   */
  recordBeside?: boolean | undefined;
  /** Warnings (Act reader, provenance file). */
  messages: VFileMessage[];
}

/** Options for {@link loadAct}; `maxBytes` limits the Act and its build record (the CLI's `--max-size`). */
export interface LoadActOptions extends SizeLimit {
  /** Folder relative paths resolve against. */
  cwd: string;
  /** Look for a provenance file beside the Act (default: true). */
  provenance?: boolean | undefined;
}

/**
 * Read an Act. Bad input (missing, binary, empty, no recognisable sections)
 * raises an {@link InputError} whose messages name the file as the user gave it.
 */
export async function loadAct(file: string, options: LoadActOptions): Promise<LoadedAct> {
  const absolute = path.resolve(options.cwd, file);
  const bill = await readActFile(absolute, file, {source: 'compare', lazy: true, maxBytes: options.maxBytes});
  return withProvenance(checked(bill, file), file, options.provenance === false ? undefined : absolute, options);
}

/** Two Acts read for comparison. */
export interface LoadedPair {
  base: LoadedAct;
  other: LoadedAct;
}

/** Read two Acts for comparison. */
export async function loadPair(baseFile: string, otherFile: string, options: {cwd: string} & SizeLimit): Promise<LoadedPair> {
  const [base, other] = await readBoth(loadAct(baseFile, options), loadAct(otherFile, options));
  return {base, other};
}

/**
 * Wait for both reads; when both fail on bad input, report both files, the
 * base first, whichever read finished first (so the message does not depend
 * on the machine's load).
 */
async function readBoth<T>(base: Promise<T>, other: Promise<T>): Promise<[T, T]> {
  const [a, b] = await Promise.allSettled([base, other]);
  if (a.status === 'fulfilled' && b.status === 'fulfilled') return [a.value, b.value];
  const failures = [a, b].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.every((f) => f instanceof InputError)) throw new InputError(failures.flatMap((f) => (f as InputError).messages));
  throw failures.find((f) => !(f instanceof InputError));
}

/** Refuse documents the reader could not read; drop warnings compare reports better itself. */
function checked(bill: Bill, file: string): LoadedAct {
  const errors = bill.messages.filter((m) => m.fatal === true);
  if (errors.length > 0) throw new InputError(errors);
  const act = flatView(bill);
  if (act.sections.length === 0 && act.schedules.length === 0) {
    throw new InputError(
      diagnostic('Unexpected document without sections, expected an Act with headings such as `### 1 Short title`', {
        file,
        place: {line: 1, column: 1},
        ruleId: 'no-sections',
        source: 'compare'
      })
    );
  }
  // Compare reports moved and renumbered sections itself; the reader's
  // order warnings (one per section after a move) would only repeat that.
  return {act, bill, messages: bill.messages.filter((m) => m.ruleId !== 'section-out-of-order')};
}

async function withProvenance(loaded: LoadedAct, file: string, absolute: string | undefined, limit: SizeLimit = {}): Promise<LoadedAct> {
  if (absolute === undefined) return loaded;
  const found = await readProvenanceFor(absolute, limit);
  for (const m of found.messages) m.file = provenancePathFor(file);
  return {
    ...loaded,
    provenance: found.provenance ? {...found.provenance, path: provenancePathFor(file)} : undefined,
    recordBeside: found.provenance !== undefined || found.messages.length > 0,
    messages: [...loaded.messages, ...found.messages]
  };
}

/**
 * Read Act text (Markdown) already in memory; `absolute` (the file's real
 * path) is where to look for a provenance file, if at all.
 */
export async function loadActText(text: string, file: string, absolute?: string): Promise<LoadedAct> {
  return withProvenance(checked(readText(text, file), file), file, absolute);
}
