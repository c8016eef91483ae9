/**
 * Reading an Act for compare and matrix: the file (clear errors for missing,
 * binary, empty), the line-based Act reader, and the provenance file next to
 * it when there is one.
 */
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {parseAct} from '../act/parse.js';
import type {ActDocument, ActSchedule, ActSection} from '../act/types.js';
import {parsePair} from './fast-read.js';
import {diagnostic, InputError} from '../util/diagnostics.js';
import {readTextFile} from '../util/files.js';
import {provenancePathFor, readProvenanceFor, type Provenance} from './provenance.js';

/** An Act as compare reads it. */
export interface LoadedAct {
  act: ActDocument;
  /** Provenance from `<name>.build.json` beside the file, when present and readable. */
  provenance?: Provenance | undefined;
  /** Warnings (Act reader, provenance file). */
  messages: VFileMessage[];
}

/** Options for {@link loadAct}. */
export interface LoadActOptions {
  /** Folder relative paths resolve against. */
  cwd: string;
  /** Look for a provenance file beside the Act (default: true). */
  provenance?: boolean | undefined;
}

/**
 * Read and parse an Act. Bad input (missing, binary, empty, no recognisable
 * sections) raises an {@link InputError} whose messages name the file as the
 * user gave it.
 */
export async function loadAct(file: string, options: LoadActOptions): Promise<LoadedAct> {
  const absolute = path.resolve(options.cwd, file);
  const text = await readAs(absolute, file);
  return loadActText(text, file, options.provenance === false ? undefined : absolute);
}

/** Read a file, naming it in messages as the user gave it. */
async function readAs(absolute: string, file: string): Promise<string> {
  try {
    return await readTextFile(absolute, {source: 'compare'});
  } catch (error) {
    if (error instanceof InputError) {
      // Messages about the Act itself name it as the user gave it (others, such as an unfinished publish record, keep their own file).
      for (const message of error.messages) if (message.file === absolute) message.file = file;
      throw new InputError(error.messages);
    }
    throw error;
  }
}

/** Two Acts read for comparison. */
export interface LoadedPair {
  base: LoadedAct;
  other: LoadedAct;
  /** Alignment keys for sections read without their body (see `parsePair`). */
  keys: Map<ActSection | ActSchedule, string>;
}

/**
 * Read two Acts for comparison. Without provenance files, sections the two
 * texts share byte for byte are not read in full (see `parsePair`); with
 * provenance (hash checks need every section's text), both are read in full.
 */
export async function loadPair(baseFile: string, otherFile: string, options: {cwd: string}): Promise<LoadedPair> {
  const cwd = options.cwd;
  const baseAbsolute = path.resolve(cwd, baseFile);
  const otherAbsolute = path.resolve(cwd, otherFile);
  const [baseText, otherText] = await readBoth(readAs(baseAbsolute, baseFile), readAs(otherAbsolute, otherFile));
  const [baseProvenance, otherProvenance] = await Promise.all([readProvenanceFor(baseAbsolute), readProvenanceFor(otherAbsolute)]);
  if (
    baseProvenance.provenance ||
    otherProvenance.provenance ||
    baseProvenance.messages.length > 0 ||
    otherProvenance.messages.length > 0
  ) {
    const [base, other] = await Promise.all([
      loadActText(baseText, baseFile, baseAbsolute),
      loadActText(otherText, otherFile, otherAbsolute)
    ]);
    return {base, other, keys: new Map()};
  }
  const pair = parsePair(baseText, baseFile, otherText, otherFile);
  return {base: checked(pair.base, baseFile), other: checked(pair.other, otherFile), keys: pair.keys};
}

/**
 * Wait for both reads; when both fail on bad input, report both files, the
 * base first, whichever read finished first (so the message does not depend
 * on the machine's load).
 */
async function readBoth(base: Promise<string>, other: Promise<string>): Promise<[string, string]> {
  const [a, b] = await Promise.allSettled([base, other]);
  if (a.status === 'fulfilled' && b.status === 'fulfilled') return [a.value, b.value];
  const failures = [a, b].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.every((f) => f instanceof InputError)) throw new InputError(failures.flatMap((f) => (f as InputError).messages));
  throw failures.find((f) => !(f instanceof InputError));
}

/** Refuse documents the reader could not read; drop warnings compare reports better itself. */
function checked(act: ActDocument, file: string): LoadedAct {
  const errors = act.messages.filter((m) => m.fatal === true);
  if (errors.length > 0) throw new InputError(errors);
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
  return {act, messages: act.messages.filter((m) => m.ruleId !== 'section-out-of-order')};
}

/**
 * Parse Act text already in memory; `absolute` (the file's real path) is
 * where to look for a provenance file, if at all.
 */
export async function loadActText(text: string, file: string, absolute?: string): Promise<LoadedAct> {
  const loaded = checked(parseAct(text, file), file);
  if (absolute === undefined) return loaded;
  const found = await readProvenanceFor(absolute);
  for (const m of found.messages) m.file = provenancePathFor(file);
  return {
    act: loaded.act,
    provenance: found.provenance ? {...found.provenance, path: provenancePathFor(file)} : undefined,
    messages: [...loaded.messages, ...found.messages]
  };
}
