/**
 * Reading an Act for compare and matrix: the file (clear errors for missing,
 * binary, empty), the line-based Act reader, and the provenance file next to
 * it when there is one.
 */
import path from 'node:path';
import type {VFileMessage} from 'vfile-message';
import {parseAct} from '../act/parse.js';
import type {ActDocument} from '../act/types.js';
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
  /** Folder relative paths resolve against (default: `process.cwd()`). */
  cwd?: string | undefined;
  /** Look for a provenance file beside the Act (default: true). */
  provenance?: boolean | undefined;
}

/**
 * Read and parse an Act. Bad input (missing, binary, empty, no recognisable
 * sections) raises an {@link InputError} whose messages name the file as the
 * user gave it.
 */
export async function loadAct(file: string, options: LoadActOptions = {}): Promise<LoadedAct> {
  const absolute = path.resolve(options.cwd ?? process.cwd(), file);
  let text: string;
  try {
    text = await readTextFile(absolute, {source: 'compare'});
  } catch (error) {
    if (error instanceof InputError) {
      for (const message of error.messages) message.file = file;
      throw new InputError(error.messages);
    }
    throw error;
  }
  return loadActText(text, file, options.provenance === false ? undefined : absolute);
}

/**
 * Parse Act text already in memory; `absolute` (the file's real path) is
 * where to look for a provenance file, if at all.
 */
export async function loadActText(text: string, file: string, absolute?: string): Promise<LoadedAct> {
  const act = parseAct(text, file);
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
  const messages = act.messages.filter((m) => m.ruleId !== 'section-out-of-order');
  let provenance: Provenance | undefined;
  if (absolute !== undefined) {
    const found = await readProvenanceFor(absolute);
    messages.push(...found.messages);
    if (found.provenance) provenance = {...found.provenance, path: provenancePathFor(file)};
  }
  for (const m of messages) if (m.file && path.isAbsolute(m.file) && absolute && m.file === provenancePathFor(absolute)) m.file = provenancePathFor(file);
  return {act, provenance, messages};
}
