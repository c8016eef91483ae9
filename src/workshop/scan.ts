/**
 * What a workshop folder holds, by its naming convention (README "Running a
 * workshop"):
 *
 * - `<name>.yaml` (or `.yml`) at the top: one participant's answers file;
 * - `<name>/draft-bill.md` beside it, optional: that participant's draft as
 *   the wizard wrote it (`wizard --answers <name>.yaml --out <name>`),
 *   perhaps edited by hand, with its build record `<name>/draft-bill.build.json`;
 * - `out/`: what `ccm-draft workshop` writes (never read as input);
 * - `profile/`: a jurisdiction profile `workshop init` copied for the room.
 *
 * Anything else is left alone and reported, so a trainer sees at once why a
 * file they expected to count did not.
 */
import {type Dirent, constants} from 'node:fs';
import {access, readdir, stat} from 'node:fs/promises';
import path from 'node:path';
import {diagnostic, InputError} from '../util/diagnostics.js';
import {errorCode, fileErrorReason} from '../util/fs-errors.js';

/** Folder names in a workshop folder that are never a participant's. */
export const reservedFolders = new Set(['out', 'profile', 'node_modules']);

/** The draft file a participant's folder may hold, as `build` and the wizard name it. */
export const draftFileName = 'draft-bill.md';

/** One participant's files. */
export interface ParticipantFiles {
  /** The answers file's name without its extension: the participant's id and the name of their output folder. */
  id: string;
  /** The answers file, absolute. */
  answers: string;
  /** The answers file as named in the workshop folder (`aland.yaml`). */
  answersName: string;
  /** `<id>/draft-bill.md`, absolute, when the participant handed one back. */
  draft?: string | undefined;
  /** The draft as named in the workshop folder (`aland/draft-bill.md`). */
  draftName?: string | undefined;
}

/** What a folder holds. */
export interface WorkshopFolder {
  /** The folder, absolute. */
  folder: string;
  /** Participants in file-name order (code points, so every machine lists them alike). */
  participants: ParticipantFiles[];
  /** Entries left alone, each with why (`notes.txt: not an answers file (.yaml)`). */
  skipped: string[];
}

const answersExtension = /\.ya?ml$/i;

/** Code-point order: the same on every machine, whatever its locale. */
const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * List a workshop folder. A missing or unreadable folder raises an
 * {@link InputError}; a folder without answers files is not an error here
 * (the caller decides what an empty room means).
 */
export async function scanWorkshop(folder: string, display = folder): Promise<WorkshopFolder> {
  let entries: Dirent[];
  try {
    const info = await stat(folder);
    if (!info.isDirectory())
      throw new InputError(
        diagnostic('Expected a workshop folder, found a file', {file: display, ruleId: 'not-a-folder', source: 'workshop'})
      );
    entries = await readdir(folder, {withFileTypes: true});
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason =
      errorCode(error) === 'ENOENT'
        ? 'Cannot find folder, expected a workshop folder of answers files (start one with `ccm-draft workshop init <folder> --participants <n>`)'
        : fileErrorReason(error, 'read').replace(/\bfile\b/, 'folder');
    throw new InputError(diagnostic(reason, {file: display, ruleId: 'unreadable-file', source: 'workshop'}));
  }
  entries.sort((a, b) => byName(a.name, b.name));
  const folders = new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name));
  const participants: ParticipantFiles[] = [];
  const skipped: string[] = [];
  const ids = new Map<string, string>();
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) {
      if (reservedFolders.has(entry.name)) continue;
      const hasAnswers = entries.some(
        (e) => !e.isDirectory() && answersExtension.test(e.name) && e.name.replace(answersExtension, '') === entry.name
      );
      if (!hasAnswers) skipped.push(`${entry.name}/: no ${entry.name}.yaml beside it, so it is no participant's draft`);
      continue;
    }
    if (!answersExtension.test(entry.name)) {
      // The README, and the copy the wizard keeps of an answers file before it first saves over it, are expected here.
      if (!/^readme(\.[a-z]+)?$/i.test(entry.name) && !/\.ya?ml\.bak$/i.test(entry.name))
        skipped.push(`${entry.name}: not an answers file (.yaml)`);
      continue;
    }
    const id = entry.name.replace(answersExtension, '');
    const earlier = ids.get(id);
    if (earlier !== undefined) {
      skipped.push(`${entry.name}: ${earlier} already gives participant ${id}`);
      continue;
    }
    ids.set(id, entry.name);
    const files: ParticipantFiles = {id, answers: path.join(folder, entry.name), answersName: entry.name};
    if (folders.has(id)) {
      const draft = path.join(folder, id, draftFileName);
      if (await exists(draft)) {
        files.draft = draft;
        files.draftName = `${id}/${draftFileName}`;
      } else skipped.push(`${id}/: no ${draftFileName} in it, so ${entry.name} is built from its answers`);
    }
    participants.push(files);
  }
  return {folder, participants, skipped};
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}
