/**
 * The one reader of build records (`draft-bill.build.json`). Every command
 * that reads a record (compare, export, gap, matrix) reads it here, checked
 * against `schemas/build-record.schema.json`; a record that does not match
 * is reported with its line and column and not used (the caller carries on
 * without it), so nothing downstream ever sees an unchecked value.
 *
 * A record is data: ids are ids and paths in it are only ever printed.
 * Nothing here or in any caller opens a file a record names.
 */
import type {Point} from 'unist';
import type {VFileMessage} from 'vfile-message';
import {diagnostic} from '../util/diagnostics.js';
import {readSidecarFile, type SizeLimit} from '../util/files.js';
import {type BuildRecord, buildRecordVersion, recordPathFor} from './record.js';

/** What reading gives: the record when it is valid, and messages (warnings) when it is not. */
export interface RecordRead {
  record?: BuildRecord | undefined;
  /** The record file as named in messages. */
  file: string;
  messages: VFileMessage[];
}

/** Options for {@link parseBuildRecord}. */
export interface ParseRecordOptions {
  /** `source` of the messages (`compare`, `export`, `matrix`). */
  source: string;
  /** What happens without the record, appended to messages ("explanations skipped"). */
  consequence: string;
}

/**
 * The schema's validator, compiled ahead of time (scripts/gen-validators.mjs)
 * and loaded only when a record is actually read.
 */
async function loadValidator(): Promise<typeof import('./build-record-validator.js').default> {
  return (await import('./build-record-validator.js')).default;
}

/** Where `pointer` (`/sections/3/number`) is in the JSON text (JSON is YAML: the YAML reader knows positions; loaded only for a bad record). */
async function pointOf(text: string, file: string, pointer: string): Promise<Point | undefined> {
  const {parseYaml} = await import('../util/yaml.js');
  const parsed = parseYaml(text, {file, source: 'record'});
  const path = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  return parsed.source?.pointAt(path);
}

/** The value at a JSON pointer. */
function valueAt(data: unknown, pointer: string): unknown {
  let here = data;
  for (const key of pointer.split('/').slice(1)) {
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return here;
}

/** Line and column of a character offset. */
function pointAtOffset(text: string, offset: number): Point {
  const before = text.slice(0, offset).split('\n');
  return {line: before.length, column: before.at(-1)!.length + 1, offset};
}

/**
 * Parse and check a record's text. Invalid JSON, another version or a value
 * the schema does not allow gives no record and a positioned warning.
 */
export async function parseBuildRecord(text: string, file: string, options: ParseRecordOptions): Promise<RecordRead> {
  const warn = (reason: string, place: Point | undefined, ruleId: string): RecordRead => ({
    file,
    messages: [diagnostic(`${reason}; ${options.consequence}`, {file, place, ruleId, source: options.source, fatal: false})]
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    return warn(
      `Unexpected invalid JSON in the build record (${message.replace(/\s*\(line \d+ column \d+\)$/, '')}), expected the file \`ccm-draft build\` writes`,
      at ? pointAtOffset(text, Number(at[1])) : undefined,
      'bad-record'
    );
  }
  const root = data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  if (!root || !('sections' in root || 'schema' in root)) {
    return warn(
      'Unexpected file that is not a build record, expected the `.build.json` file `ccm-draft build` writes',
      undefined,
      'bad-record'
    );
  }
  if (root['schema'] !== buildRecordVersion) {
    const version = JSON.stringify(root['schema'] ?? null);
    return warn(
      `Unexpected build record version ${version}, expected version ${buildRecordVersion}: it was written by ${typeof root['schema'] === 'number' && root['schema'] < buildRecordVersion ? 'an older' : 'another'} version of ccm-drafter; run \`ccm-draft build\` again to renew it`,
      await pointOf(text, file, '/schema'),
      'record-version'
    );
  }
  const validate = await loadValidator();
  if (!validate(data)) {
    const errors = validate.errors ?? [];
    const first = errors[0]!;
    const where = first.instancePath || '/';
    const actual = valueAt(data, first.instancePath);
    const shown = actual === undefined ? '' : ` ${JSON.stringify(actual).slice(0, 60)}`;
    const what =
      first.keyword === 'additionalProperties'
        ? `unknown field \`${String(first.params['additionalProperty'])}\``
        : first.keyword === 'required'
          ? `missing field \`${String(first.params['missingProperty'])}\``
          : `value${shown} (${first.message ?? first.keyword})`;
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})` : '';
    return warn(
      `Unexpected ${what} at \`${where}\` in the build record${more}, expected a record as schemas/build-record.schema.json describes`,
      await pointOf(text, file, first.instancePath),
      'bad-record'
    );
  }
  return {record: data as BuildRecord, file, messages: []};
}

/**
 * Read the record beside a draft (`<name>.build.json` for `<name>.md`).
 * No file gives no record and no message: a draft need not have one.
 * `display` is the draft's path as the user named it (messages use it).
 */
export async function readBuildRecordFor(draftPath: string, display: string, options: ParseRecordOptions & SizeLimit): Promise<RecordRead> {
  const file = recordPathFor(display);
  // A regular file within the size limit only: a pipe or a device named like a record must not hang a command.
  const read = await readSidecarFile(recordPathFor(draftPath), options.source, options);
  for (const message of read.messages) message.file = file;
  if (read.text === undefined) return {file, messages: read.messages};
  return parseBuildRecord(read.text, file, options);
}
