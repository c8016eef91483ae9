/**
 * What the workshop remembers between runs, and how it decides, without a
 * clock or a guess, whether a participant's outputs can be reused and
 * whether a file in `out/` is its own to replace.
 *
 * Each participant's output folder holds `participant.json`, published in
 * the same set as the files it lists (so it always describes the files
 * beside it): the fingerprint of everything the outputs were made from, and
 * a sha256 of each file as written. `out/workshop.json` does the same for
 * the matrix. Then:
 *
 * - **reuse**: the inputs' fingerprint is unchanged (answers, profile,
 *   model, checklist, the tool, the date deadlines are judged against, the
 *   hand-edited draft and its record) and every file is still as written;
 * - **replace**: a file the workshop wrote and nobody changed since may be
 *   replaced on a re-run without `--force`; any other file in the way (not
 *   written by the workshop, or changed since) is never replaced without it.
 */
import {createHash} from '../util/crypto.js';
import {lstat} from 'node:fs/promises';
import path from 'node:path';
import {readBinaryFile, readOptionalTextFile, type SizeLimit} from '../util/files.js';
import {version} from '../version.js';

/** The manifest in each participant's output folder. */
export const participantManifestName = 'participant.json';

/** The manifest of the room's files in `out/`. */
export const workshopManifestName = 'workshop.json';

/** What a manifest says it is (so a stray `participant.json` is never mistaken for one). */
const manifestKind = 'ccm-drafter workshop';

/** Version of the manifest format. */
export const manifestVersion = 1;

declare const __CCM_BUILD__: string | undefined;

/**
 * The tool, as a fingerprint part: its version and, in the bundled CLI, the
 * hash of its source the bundler stamps (so a changed tool rebuilds even
 * under the same version number).
 */
export const toolFingerprint = `ccm-drafter ${version}${typeof __CCM_BUILD__ === 'string' ? ` (${__CCM_BUILD__})` : ''}`;

/** sha256 of text (as UTF-8) or bytes, in hex. */
export function sha256(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('hex');
}

/** Everything one participant's outputs are made from. */
export interface InputParts {
  /** sha256 of the answers file. */
  answers: string;
  /** sha256 of the jurisdiction profile the answers name (or the default). */
  profile: string;
  /** sha256 of the model Act and of the checklist. */
  model: string;
  checklist: string;
  /** {@link toolFingerprint}. */
  tool: string;
  /** The date deadlines are judged against (`YYYY-MM-DD`). */
  today: string;
  /** sha256 of the participant's own draft and of the record beside it, when they handed one back. */
  draft: string | null;
  record: string | null;
}

/** One fingerprint of all the parts: `sha256:` and 32 hex digits. */
export function fingerprintOf(parts: InputParts): string {
  const ordered = Object.fromEntries(Object.entries(parts).sort(([a], [b]) => (a < b ? -1 : 1)));
  return `sha256:${sha256(JSON.stringify(ordered)).slice(0, 32)}`;
}

/** `participant.json`. */
export interface ParticipantManifest {
  kind: typeof manifestKind;
  schema: typeof manifestVersion;
  /** The participant's id (answers file name without `.yaml`). */
  participant: string;
  /** The answers file as named in the workshop folder. */
  answers: string;
  /** The State, as the bill names it (without "the"). */
  state: string;
  /** `built` from the answers; `edited`: the participant's own draft, edited by hand after its build, read as it is. */
  status: 'built' | 'edited';
  /** The record's build id. */
  buildId: string;
  /** Sections edited, added or deleted by hand (`s 12 edited`), empty when built. */
  handEdits: string[];
  inputs: {fingerprint: string} & InputParts;
  /** Each file of the set, by name, with the sha256 of its contents as written. */
  files: Record<string, string>;
}

/** `out/workshop.json`: the room's files and what the last run did. */
export interface WorkshopManifest {
  kind: typeof manifestKind;
  schema: typeof manifestVersion;
  /** The date deadlines were judged against. */
  today: string;
  /** Each participant in folder order: what happened to them. */
  participants: Array<{participant: string; answers: string; state: string | null; status: string; reason?: string | undefined}>;
  files: Record<string, string>;
}

/** A manifest's kind and version, for writers. */
export const manifestHeader = {kind: manifestKind, schema: manifestVersion} as const;

/**
 * Read a manifest written by the workshop; undefined when there is none or
 * it is not one (then nothing in its folder counts as the workshop's own).
 */
export async function readManifest<T extends {files: Record<string, string>}>(file: string): Promise<T | undefined> {
  let text: string | undefined;
  try {
    text = await readOptionalTextFile(file, {source: 'workshop'});
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Record<string, unknown>;
    if (data['kind'] !== manifestKind || data['schema'] !== manifestVersion) return undefined;
    const files = data['files'];
    if (files === null || typeof files !== 'object' || Array.isArray(files)) return undefined;
    if (!Object.values(files as Record<string, unknown>).every((v) => typeof v === 'string')) return undefined;
    return data as unknown as T;
  } catch {
    return undefined;
  }
}

/** The sha256 of a file as it is now, or null when there is none (a folder or anything unreadable counts as changed). */
async function currentHash(file: string, limit: SizeLimit): Promise<string | null | 'unreadable'> {
  try {
    await lstat(file);
  } catch {
    return null;
  }
  try {
    return sha256(await readBinaryFile(file, {source: 'workshop', nonEmpty: false, maxBytes: limit.maxBytes}));
  } catch {
    return 'unreadable';
  }
}

/**
 * Which of `names` in `folder` are in the way: they exist, and the manifest
 * does not list them with the hash they have now (not written by the
 * workshop, or changed since). `--force` replaces them; nothing else does.
 * `limit`: the largest file to read (the CLI's `--max-size`).
 */
export async function filesInTheWay(
  folder: string,
  names: readonly string[],
  written: Record<string, string> | undefined,
  limit: SizeLimit = {}
): Promise<string[]> {
  const blocked: string[] = [];
  for (const name of names) {
    const now = await currentHash(path.join(folder, name), limit);
    if (now === null) continue;
    if (name === participantManifestName || name === workshopManifestName) {
      // The manifest itself: the workshop's when it reads as one.
      if (written !== undefined) continue;
      blocked.push(name);
      continue;
    }
    if (written?.[name] !== now) blocked.push(name);
  }
  return blocked;
}

/** Whether every file a manifest lists is still there as written (the condition for reusing them; `limit`: the largest file to read). */
export async function unchanged(folder: string, written: Record<string, string>, limit: SizeLimit = {}): Promise<boolean> {
  for (const [name, hash] of Object.entries(written)) {
    if ((await currentHash(path.join(folder, name), limit)) !== hash) return false;
  }
  return true;
}
